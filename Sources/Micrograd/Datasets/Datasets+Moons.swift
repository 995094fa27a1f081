import Foundation

extension Datasets {
    /// Two interleaving half circles, scikit-learn's `make_moons` geometry with CPython's `random` for the
    /// shuffle and the noise, so `Tests/MicrogradTests/Fixtures/make_fixtures.py` can mirror it exactly.
    ///
    /// The algorithm, step by step:
    /// 1. `nOut = n / 2` outer points `(cos t, sin t)` with label 0, for `t` in `linspace(0, π, nOut)`; then
    ///    `nIn = n - nOut` inner points `(1 - cos t, 1 - sin t - 0.5)` with label 1, for `t` in `linspace(0, π, nIn)`.
    /// 2. With `var random = PythonRandom(seed: seed)`: `random.shuffle(&order)` on `order = Array(0..<n)`, and the
    ///    points and labels are taken in that order.
    /// 3. For each point in the new order, `x += random.gauss(0, noise)`, then `y += random.gauss(0, noise)`
    ///    (always drawn, even when `noise` is 0).
    ///
    /// ```swift
    /// let (points, labels) = Datasets.makeMoons(n: 100, noise: 0.1, seed: 1337)
    /// points.count   // 100, each [x, y]; labels are 0 or 1
    /// ```
    /// Negative `n` gives empty arrays. Complexity: O(n).
    public static func makeMoons(n: Int, noise: Double, seed: Int) -> (points: [[Double]], labels: [Int]) {
        let total = max(n, 0)
        let outerCount = total / 2
        let innerCount = total - outerCount
        var points: [[Double]] = []
        var labels: [Int] = []
        points.reserveCapacity(total)
        labels.reserveCapacity(total)
        for t in linspace(0, Double.pi, count: outerCount) {
            points.append([cos(t), sin(t)])
            labels.append(0)
        }
        for t in linspace(0, Double.pi, count: innerCount) {
            points.append([1 - cos(t), 1 - sin(t) - 0.5])
            labels.append(1)
        }
        var random = PythonRandom(seed: seed)
        var order = Array(0..<total)
        random.shuffle(&order)
        let shuffledPoints = order.map { index -> [Double] in
            let point = points[index]
            let x = point[0] + random.gauss(0, noise)
            let y = point[1] + random.gauss(0, noise)
            return [x, y]
        }
        return (shuffledPoints, order.map { labels[$0] })
    }

    /// NumPy's `linspace(start, stop, count)` with its formula: `start + i * step`, the last point exactly `stop`,
    /// and a single point `[start]`.
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let step = (stop - start) / Double(count - 1)
        var values = (0..<count).map { Double($0) * step + start }
        values[count - 1] = stop
        return values
    }
}
