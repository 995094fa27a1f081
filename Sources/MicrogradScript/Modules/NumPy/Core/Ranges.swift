import Foundation

/// `np.arange` and `np.linspace`, element for element as numpy computes them.
extension NDArray {
    /// `np.arange(start, stop, step, dtype)` (the wrapper maps `arange(stop)` to `start: .int64(0)`).
    ///
    /// The length is `ceil((stop - start) / step)`. numpy computes the first two values in Python arithmetic
    /// (`start`, `start + step`), casts them to the dtype, and fills the rest as `start + i * delta` with
    /// `delta = second - first`: for floats that delta is not always `step`, and the results show it.
    public static func arange(
        start: Scalar = .int64(0), stop: Scalar, step: Scalar = .int64(1), dtype: DType? = nil
    ) throws -> NDArray {
        let integral = [start, stop, step].allSatisfy { $0.dtype != .float64 }
        let length = try arangeLength(start: start, stop: stop, step: step, integral: integral)
        let dtype = dtype ?? (integral ? .int64 : .float64)
        _ = try ElementLimit.checkedCount([length], dtype: dtype)
        let first: Scalar
        let second: Scalar
        if integral {
            let a = Int64(numpyCast: start)
            first = .int64(a)
            second = .int64(a &+ Int64(numpyCast: step))
        } else {
            first = .float64(start.doubleValue)
            second = .float64(start.doubleValue + step.doubleValue)
        }
        switch dtype {
        case .float64:
            let a = Double(numpyCast: first)
            let delta = Double(numpyCast: second) - a
            let values = (0..<length).map { i in i == 1 ? Double(numpyCast: second) : a + Double(i) * delta }
            return NDArray(contiguous: values, shape: [length])
        case .int64:
            let a = Int64(numpyCast: first)
            let delta = Int64(numpyCast: second) &- a
            return NDArray(contiguous: (0..<length).map { a &+ Int64($0) &* delta }, shape: [length])
        case .bool:
            guard length <= 2 else {
                throw NumPyError.type("arange() is only supported for booleans when the result has at most length 2.")
            }
            let values = [Bool(numpyCast: first), Bool(numpyCast: second)]
            return NDArray(contiguous: Array(values.prefix(length)), shape: [length])
        }
    }

    /// numpy's `_arange_safe_ceil_to_intp((stop - start) / step)`, with Python's errors for a zero step.
    private static func arangeLength(start: Scalar, stop: Scalar, step: Scalar, integral: Bool) throws -> Int {
        if step.doubleValue == 0 {
            throw NumPyError(.zeroDivisionError, integral ? "division by zero" : "float division by zero")
        }
        let delta: Double
        if integral {
            let (difference, overflow) = Int64(numpyCast: stop).subtractingReportingOverflow(Int64(numpyCast: start))
            delta = overflow ? stop.doubleValue - start.doubleValue : Double(difference)
        } else {
            delta = stop.doubleValue - start.doubleValue
        }
        let quotient = delta / step.doubleValue
        if quotient == 0, delta != 0 { return quotient.sign == .minus ? 0 : 1 }
        if quotient.isNaN { throw NumPyError.value("arange: cannot compute length") }
        let length = quotient.rounded(.up)
        guard Swift.abs(length) < 9.2e18 else { throw NumPyError.value("Maximum allowed size exceeded") }
        return length > 0 ? Int(length) : 0
    }

    /// `np.linspace(start, stop, num, endpoint, retstep=True, dtype)`: the array and the step (NaN when fewer than
    /// two intervals make it undefined).
    ///
    /// numpy's formula: `i * step + start` with `step = (stop - start) / div`, or `i / div * delta + start` when
    /// the step underflows to zero, and the last point set to exactly `stop`.
    public static func linspace(
        start: Double, stop: Double, num: Int = 50, endpoint: Bool = true, dtype: DType? = nil
    ) throws -> (array: NDArray, step: Double) {
        guard num >= 0 else { throw NumPyError.value("Number of samples, \(num), must be non-negative.") }
        _ = try ElementLimit.checkedCount([num], dtype: dtype ?? .float64)
        let div = endpoint ? num - 1 : num
        let delta = stop - start
        var values = (0..<num).map(Double.init)
        let step: Double
        if div > 0 {
            step = delta / Double(div)
            if step == 0 {
                values = values.map { $0 / Double(div) * delta }
            } else {
                values = values.map { $0 * step }
            }
        } else {
            step = .nan
            values = values.map { $0 * delta }
        }
        values = values.map { $0 + start }
        if endpoint, num > 1 { values[num - 1] = stop }
        let array = NDArray(contiguous: values, shape: [num])
        switch dtype ?? .float64 {
        case .float64: return (array, step)
        case .int64: return (NDArray(contiguous: values.map { Int64(truncatingDouble: Foundation.floor($0)) }, shape: [num]), step)
        case .bool: return (array.astype(.bool), step)
        }
    }
}
