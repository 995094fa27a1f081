import Foundation

/// numpy's `mean`, `var` and `std`, computed with numpy's own sequence of operations so the last bits agree.
extension NDArray {
    /// `arr.mean(axis, keepdims)`: the float64 sum (ints and bools are summed as float64) divided by the count.
    public func mean(axis: [Int]? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        let count = Double(layout.segmentLength)
        let sums = layout.isPairwise
            ? layout.fold(Double.self) { layout.addUp($0) }
            : layout.accumulate(self, initial: 0) { total, x, _ in total + x }
        let means = ElementwiseLoop.map(sums) { (total: Double) in total / count }
        return layout.result(means, keepdims: keepdims)
    }

    /// `arr.var(axis, ddof, keepdims)`: numpy's `_var`: the mean (an integer sum for int arrays), the squared
    /// deviations `(x - mean) * (x - mean)`, their sum in the same order, divided by `Swift.max(n - ddof, 0)`.
    public func variance(axis: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        return layout.result(squaredDeviationMeans(layout, ddof: ddof), keepdims: keepdims)
    }

    /// `arr.std(axis, ddof, keepdims)`: the square root of `var`.
    public func std(axis: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        let variances = squaredDeviationMeans(layout, ddof: ddof)
        return layout.result(ElementwiseLoop.map(variances) { (v: Double) in v.squareRoot() }, keepdims: keepdims)
    }

    private func squaredDeviationMeans(_ layout: ReductionLayout, ddof: Int) -> NDArray {
        let n = layout.segmentLength
        let divisor = Double(Swift.max(n - ddof, 0))
        let totals: [Double]
        if dtype == .float64 {
            totals = (layout.isPairwise
                ? layout.fold(Double.self) { layout.addUp($0) }
                : layout.accumulate(self, initial: 0) { total, x, _ in total + x }).elements(as: Double.self)
        } else {
            totals = layout.fold(Int64.self) { $0.reduce(0, &+) }.elements(as: Int64.self).map { Double($0) }
        }
        let means = totals.map { $0 / Double(n) }
        if !layout.isPairwise {
            let sums = layout.accumulate(self, initial: 0) { total, x, output in
                let deviation = x - means[output]
                return total + deviation * deviation
            }
            return ElementwiseLoop.map(sums) { (total: Double) in total / divisor }
        }
        var output = 0
        return layout.fold(Double.self) { values in
            let mean = means[output]
            output += 1
            let squares = values.map { ($0 - mean) * ($0 - mean) }
            return squares.withUnsafeBufferPointer { layout.addUp($0) } / divisor
        }
    }
}
