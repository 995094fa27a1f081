/// The bound on elements per array, checked before anything is allocated, so `np.zeros((10**5, 10**5))` is a clear
/// `MemoryError` rather than an attempt to take 80 GB.
///
/// The default is ten million elements (80 MB of float64). A session can set its own bound for the work it does:
/// `ElementLimit.$maximum.withValue(1_000) { ... }`.
public enum ElementLimit {
    /// The largest number of elements one array may have, for the current task.
    @TaskLocal public static var maximum: Int = 10_000_000

    /// The number of elements of `shape`, after checking numpy's rules (no negative dimension, no overflow) and the
    /// limit.
    static func checkedCount(_ shape: [Int], dtype: DType) throws -> Int {
        if shape.contains(where: { $0 < 0 }) { throw NumPyError.value("negative dimensions are not allowed") }
        var count = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            if overflow {
                throw NumPyError.value(
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
            }
            count = product
        }
        if count > maximum {
            throw NumPyError(
                .memoryError,
                "Unable to allocate an array with shape \(ArrayShape.repr(shape)) and data type \(dtype.name): "
                    + "\(count) elements is more than the limit of \(maximum)")
        }
        return count
    }
}
