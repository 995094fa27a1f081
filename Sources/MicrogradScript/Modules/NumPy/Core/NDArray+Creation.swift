/// numpy's constructors that fill a new array: `zeros`, `ones`, `full`, their `_like` forms and `eye`.
extension NDArray {
    /// `np.zeros(shape, dtype)`.
    public static func zeros(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
        try full(shape, .int64(0), dtype: dtype)
    }

    /// `np.ones(shape, dtype)`.
    public static func ones(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
        try full(shape, .int64(1), dtype: dtype)
    }

    /// `np.full(shape, fill_value, dtype)`: the dtype defaults to the fill value's (`np.full(3, 1)` is int64).
    public static func full(_ shape: [Int], _ fillValue: Scalar, dtype: DType? = nil) throws -> NDArray {
        let dtype = dtype ?? fillValue.dtype
        let count = try ElementLimit.checkedCount(shape, dtype: dtype)
        switch fillValue.converted(to: dtype) {
        case .bool(let b): return NDArray(contiguous: [Bool](repeating: b, count: count), shape: shape)
        case .int64(let i): return NDArray(contiguous: [Int64](repeating: i, count: count), shape: shape)
        case .float64(let d): return NDArray(contiguous: [Double](repeating: d, count: count), shape: shape)
        }
    }

    /// `np.zeros_like(a, dtype)`.
    public static func zerosLike(_ a: NDArray, dtype: DType? = nil) throws -> NDArray {
        try full(a.shape, .int64(0), dtype: dtype ?? a.dtype)
    }

    /// `np.ones_like(a, dtype)`.
    public static func onesLike(_ a: NDArray, dtype: DType? = nil) throws -> NDArray {
        try full(a.shape, .int64(1), dtype: dtype ?? a.dtype)
    }

    /// `np.full_like(a, fill_value, dtype)`: the dtype is `a`'s unless given, the fill value cast to it.
    public static func fullLike(_ a: NDArray, _ fillValue: Scalar, dtype: DType? = nil) throws -> NDArray {
        try full(a.shape, fillValue, dtype: dtype ?? a.dtype)
    }

    /// `np.eye(N, M, k, dtype)`: ones on the `k`-th diagonal of an `N`×`M` array.
    public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws -> NDArray {
        let columns = m ?? n
        let result = try zeros([n, columns], dtype: dtype)
        guard k < columns, k > -n else { return result }
        var row = Swift.max(0, -k)
        while row < n, row + k < columns {
            try result.set([.integer(row), .integer(row + k)], .scalar(.int64(1)))
            row += 1
        }
        return result
    }
}
