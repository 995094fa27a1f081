/// Small facts about shapes and strides that every part of the array core needs.
enum ArrayShape {
    /// Python's `repr` of a shape tuple: `(3,)`, `(2, 3)`, `()`.
    static func repr(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// numpy's compact spelling in broadcasting errors: `(2,3)`, `(3,)`.
    static func compactRepr(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ",") + ")"
    }

    /// The element strides of a C-contiguous array of `shape`.
    static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in shape.indices.reversed() {
            strides[axis] = step
            step *= Swift.max(shape[axis], 1)
        }
        return strides
    }

    /// The number of elements (the product of the dimensions; callers have already bounded it).
    static func count(_ shape: [Int]) -> Int { shape.reduce(1, *) }

    /// `axis` made non-negative, or numpy's `AxisError`.
    static func normalize(axis: Int, ndim: Int) throws -> Int {
        guard axis >= -ndim, axis < ndim else { throw NumPyError.axis(axis, ndim: ndim) }
        return axis < 0 ? axis + ndim : axis
    }
}
