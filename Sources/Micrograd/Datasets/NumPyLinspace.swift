/// `numpy.linspace(start, stop, num, endpoint)` for float64 scalars with numpy 1.26's arithmetic, which scikit-learn's
/// moons and circles are built on.
enum NumPyLinspace {
    /// `arange(num) * step + start` with `step = (stop - start) / div` (`div` is `num - 1`, or `num` without the
    /// endpoint); the last value is exactly `stop` with the endpoint. A zero step (denormal ranges) divides then
    /// multiplies, and `div ≤ 0` multiplies by the range, as numpy does. A negative `count` is numpy's ValueError.
    static func values(from start: Double, to stop: Double, count: Int, endpoint: Bool = true) throws(LibraryError)
        -> [Double]
    {
        guard count >= 0 else { throw .valueError("Number of samples, \(count), must be non-negative.") }
        let div = endpoint ? count - 1 : count
        let delta = stop - start
        let positions = (0..<count).map(Double.init)
        var values: [Double]
        if div > 0 {
            let step = delta / Double(div)
            values = step == 0 ? positions.map { $0 / Double(div) * delta } : positions.map { $0 * step }
        } else {
            values = positions.map { $0 * delta }
        }
        values = values.map { $0 + start }
        if endpoint, count > 1 { values[count - 1] = stop }
        return values
    }
}
