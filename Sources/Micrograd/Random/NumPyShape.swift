/// numpy's `size` argument read as a shape, checked as `np.empty(size)` checks it before any value is drawn.
enum NumPyShape {
    /// The number of elements of a float64 or int64 array of `shape` (1 for the empty shape).
    ///
    /// Dimensions are checked in order, as numpy's array constructor does: a negative one is
    /// `ValueError: negative dimensions are not allowed`, and a byte count (8 bytes an element, zero dimensions
    /// skipped) past `Int.max` is numpy's "array is too big" error. The caller still bounds the count it accepts.
    static func elementCount(_ shape: [Int]) throws(LibraryError) -> Int {
        var bytes = 8
        var hasZero = false
        for dimension in shape {
            if dimension == 0 {
                hasZero = true
                continue
            }
            if dimension < 0 { throw .valueError("negative dimensions are not allowed") }
            let (product, overflow) = bytes.multipliedReportingOverflow(by: dimension)
            if overflow {
                throw .valueError(
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
            }
            bytes = product
        }
        return hasZero ? 0 : bytes / 8
    }

    /// `np.prod(size)` on int64, wrapping on overflow as numpy's product does; numpy tests it against 0 to decide
    /// whether any sample is taken.
    static func wrappingProduct(_ shape: [Int]) -> Int {
        shape.reduce(1, &*)
    }
}
