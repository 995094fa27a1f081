/// Joining arrays: `concatenate`, `vstack`, `hstack`, `column_stack`, and the `np.c_` / `np.r_` rules (the
/// wrapper handles their `np.c_[a, b]` subscript syntax and passes the items here).
extension NDArray {
    /// `np.concatenate(arrays, axis)`; `axis: nil` flattens every array first. The dtype is the promotion of all.
    public static func concatenate(_ arrays: [NDArray], axis: Int? = 0) throws -> NDArray {
        guard let first = arrays.first else { throw NumPyError.value("need at least one array to concatenate") }
        guard let axisArgument = axis else { return try concatenate(arrays.map { $0.ravel() }, axis: 0) }
        guard first.ndim > 0 else { throw NumPyError.value("zero-dimensional arrays cannot be concatenated") }
        let axis = try ArrayShape.normalize(axis: axisArgument, ndim: first.ndim)
        var shape = first.shape
        for (k, array) in arrays.enumerated().dropFirst() {
            guard array.ndim == first.ndim else {
                throw NumPyError.value(
                    "all the input arrays must have same number of dimensions, but the array at index 0 has "
                        + "\(first.ndim) dimension(s) and the array at index \(k) has \(array.ndim) dimension(s)")
            }
            for d in 0..<first.ndim where d != axis && array.shape[d] != first.shape[d] {
                throw NumPyError.value(
                    "all the input array dimensions except for the concatenation axis must match exactly, but "
                        + "along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at "
                        + "index \(k) has size \(array.shape[d])")
            }
            shape[axis] += array.shape[axis]
        }
        let dtype = arrays.map(\.dtype).max() ?? .float64
        let count = try ElementLimit.checkedCount(shape, dtype: dtype)
        switch dtype {
        case .bool: return join(arrays, as: Bool.self, shape: shape, count: count, axis: axis)
        case .int64: return join(arrays, as: Int64.self, shape: shape, count: count, axis: axis)
        case .float64: return join(arrays, as: Double.self, shape: shape, count: count, axis: axis)
        }
    }

    /// The arrays (already checked to fit) written one after another along `axis` into fresh memory, each element
    /// written once.
    private static func join<Element: ArrayElement>(
        _ arrays: [NDArray], as type: Element.Type, shape: [Int], count: Int, axis: Int
    ) -> NDArray {
        let strides = ArrayShape.contiguousStrides(shape)
        let values = [Element](unsafeUninitializedCapacity: count) { out, initialized in
            var start = 0
            for array in arrays {
                array.withElements(as: type) { source in
                    StridedWalk.forEachRow(
                        shape: array.shape,
                        operands: [(strides, start * strides[axis]), (ArrayShape.contiguousStrides(array.shape), 0)]
                    ) { starts, steps, length in
                        var o = starts[0], i = starts[1]
                        for _ in 0..<length {
                            out.initializeElement(at: o, to: source[i])
                            o += steps[0]
                            i += steps[1]
                        }
                    }
                }
                start += array.shape[axis]
            }
            initialized = count
        }
        return NDArray(contiguous: values, shape: shape)
    }

    /// `np.vstack(arrays)`: rows on top of each other (1-D arrays become rows).
    public static func vstack(_ arrays: [NDArray]) throws -> NDArray {
        try concatenate(arrays.map { $0.atLeast2D(columns: false) }, axis: 0)
    }

    /// `np.hstack(arrays)`: side by side (along the only axis for 1-D arrays, the second otherwise).
    public static func hstack(_ arrays: [NDArray]) throws -> NDArray {
        let lifted = arrays.map { $0.ndim == 0 ? $0.reshapedView([1]) : $0 }
        return try concatenate(lifted, axis: lifted.first?.ndim == 1 ? 0 : 1)
    }

    /// `np.column_stack(arrays)`: 1-D arrays become columns, then side by side.
    public static func columnStack(_ arrays: [NDArray]) throws -> NDArray {
        try concatenate(arrays.map { $0.atLeast2D(columns: true) }, axis: 1)
    }

    /// `np.c_[a, b, ...]`: each item made 2-D with 1-D arrays as columns (and scalars as 1×1), joined along the last
    /// axis. `np.c_[xx.ravel(), yy.ravel()]` is an `(n, 2)` array of points.
    public static func columnConcatenate(_ items: [NDArray]) throws -> NDArray {
        try concatenate(items.map { $0.atLeast2D(columns: true) }, axis: -1)
    }

    /// `np.r_[a, b, ...]`: each item made at least 1-D, joined along the first axis.
    public static func rowConcatenate(_ items: [NDArray]) throws -> NDArray {
        try concatenate(items.map { $0.ndim == 0 ? $0.reshapedView([1]) : $0 }, axis: 0)
    }

    /// The array as 2-D: a scalar as `1×1`, a 1-D array as one row (`columns: false`, numpy's `atleast_2d`) or one
    /// column (`columns: true`, as `column_stack` and `np.c_` do).
    func atLeast2D(columns: Bool) -> NDArray {
        switch ndim {
        case 0: return reshapedView([1, 1])
        case 1:
            let row = reshapedView([1, shape[0]])
            return columns ? row.T : row
        default: return self
        }
    }

    /// A view with a new shape, for layouts where that needs no copy (a 0-d or 1-D array gaining axes of length 1).
    func reshapedView(_ newShape: [Int]) -> NDArray {
        let step = strides.last ?? 1
        let newStrides = ArrayShape.contiguousStrides(newShape).map { $0 * step }
        return NDArray(storage: storage, shape: newShape, strides: newStrides, offset: offset)
    }
}
