import Foundation

/// numpy's functions that pick or bound values: `clip`, `where`, `nonzero`, `round`.
extension NumPy {
    /// `np.clip(a, a_min, a_max)`: `Swift.min(Swift.max(a, a_min), a_max)` elementwise, with NaN in `a` kept; either bound may
    /// be nil (not both). The dtype is the promotion of all three.
    public static func clip(_ a: ArrayOrScalar, min: ArrayOrScalar?, max: ArrayOrScalar?) throws -> ArrayOrScalar {
        guard min != nil || max != nil else { throw NumPyError.value("One of max or min must be given") }
        let operands = [a, min, max].compactMap { $0 }.map(\.asArray)
        let shape = try Broadcast.shape(operands.map(\.shape))
        let dtype = operands.map(\.dtype).max() ?? .float64
        _ = try ElementLimit.checkedCount(shape, dtype: dtype)
        var result = try a.asArray.cast(to: dtype).broadcast(to: shape)
        if let min {
            result = bound(result, min.asArray, shape: shape, dtype: dtype, keepLarger: true)
        }
        if let max {
            result = bound(result, max.asArray, shape: shape, dtype: dtype, keepLarger: false)
        }
        return .unwrapping(result)
    }

    /// numpy's `_NPY_MAX(x, b)` (or `_NPY_MIN`) for clip: NaN in `x` wins, ties give the bound.
    private static func bound(_ x: NDArray, _ b: NDArray, shape: [Int], dtype: DType, keepLarger: Bool) -> NDArray {
        switch dtype {
        case .float64:
            return keepLarger
                ? ElementwiseLoop.map(x, b, shape: shape) { (v: Double, m: Double) in v.isNaN ? v : (v > m ? v : m) }
                : ElementwiseLoop.map(x, b, shape: shape) { (v: Double, m: Double) in v.isNaN ? v : (v < m ? v : m) }
        case .int64:
            return keepLarger
                ? ElementwiseLoop.map(x, b, shape: shape) { (v: Int64, m: Int64) in Swift.max(v, m) }
                : ElementwiseLoop.map(x, b, shape: shape) { (v: Int64, m: Int64) in Swift.min(v, m) }
        case .bool:
            return keepLarger
                ? ElementwiseLoop.map(x, b, shape: shape) { (v: Bool, m: Bool) in v || m }
                : ElementwiseLoop.map(x, b, shape: shape) { (v: Bool, m: Bool) in v && m }
        }
    }

    /// `np.where(condition, x, y)`: `x` where the condition holds, else `y`, all three broadcast; always an array
    /// (0-d for scalar operands), as numpy returns.
    public static func `where`(_ condition: ArrayOrScalar, _ x: ArrayOrScalar, _ y: ArrayOrScalar) throws -> NDArray {
        let c = condition.asArray, a = x.asArray, b = y.asArray
        let shape = try Broadcast.shape([c.shape, a.shape, b.shape])
        let dtype = a.dtype.promoted(with: b.dtype)
        _ = try ElementLimit.checkedCount(shape, dtype: dtype)
        let flags = try c.broadcast(to: shape).elements(as: Bool.self)
        func pick<Element: ArrayElement>(_ type: Element.Type) throws -> NDArray {
            let left = try a.broadcast(to: shape).elements(as: type)
            let right = try b.broadcast(to: shape).elements(as: type)
            return NDArray(contiguous: flags.indices.map { flags[$0] ? left[$0] : right[$0] }, shape: shape)
        }
        switch dtype {
        case .bool: return try pick(Bool.self)
        case .int64: return try pick(Int64.self)
        case .float64: return try pick(Double.self)
        }
    }

    /// `np.nonzero(a)` / `np.where(condition)`: for each axis, the indices of the nonzero elements.
    public static func nonzero(_ a: NDArray) throws -> [NDArray] {
        guard a.ndim > 0 else {
            throw NumPyError.value(
                "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the "
                    + "context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.")
        }
        return NDArray.nonzero(a.cast(to: .bool))
    }

    /// `np.round(a, decimals)` / `np.around`: numpy multiplies by `10**decimals`, rounds half to even (`rint`) and
    /// divides back (divides then multiplies for negative `decimals`), so `np.round(2.675, 2)` is `2.67` and
    /// `np.round(0.5)` is `0.0`. Integer arrays stay integers.
    public static func round(_ a: ArrayOrScalar, decimals: Int = 0) throws -> ArrayOrScalar {
        let array = a.asArray
        if array.dtype != .float64, decimals >= 0 { return .unwrapping(array.copy()) }
        // Beyond ±400 the factor is infinite either way (numpy's too); clamping keeps the arithmetic in range.
        let decimals = Swift.min(Swift.max(decimals, -400), 400)
        let factor = powerOfTen(Swift.abs(decimals))
        let rounded: NDArray
        if decimals == 0 {
            rounded = ElementwiseLoop.map(array) { (x: Double) in x.rounded(.toNearestOrEven) }
        } else if decimals > 0 {
            rounded = ElementwiseLoop.map(array) { (x: Double) in (x * factor).rounded(.toNearestOrEven) / factor }
        } else {
            rounded = ElementwiseLoop.map(array) { (x: Double) in (x / factor).rounded(.toNearestOrEven) * factor }
        }
        return .unwrapping(array.dtype == .float64 ? rounded : rounded.astype(array.dtype))
    }

    /// numpy's `power_of_ten`: exact table values up to `1e8`, then repeated multiplication by 10.
    private static func powerOfTen(_ n: Int) -> Double {
        let table: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
        if n < 9 { return table[n] }
        var value = 1e9
        var k = n
        while k > 9 {
            value *= 10
            k -= 1
        }
        return value
    }
}
