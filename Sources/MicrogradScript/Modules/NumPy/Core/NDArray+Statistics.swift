import Foundation

/// numpy's `mean`, `var` and `std`, computed with numpy's own sequence of operations so the last bits agree.
extension NDArray {
    /// `arr.mean(axis, keepdims)`: the float64 sum (ints and bools are summed as float64) divided by the count.
    public func mean(axis: [Int]? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(self, axes: axis)
        let count = Double(layout.segmentLength)
        let means = layout.fold(Double.self) { layout.addUp($0) / count }
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
        let sum: (UnsafeBufferPointer<Double>) -> Double = { layout.addUp($0) }
        let integerSums: [Int64]? =
            dtype == .float64 ? nil : layout.fold(Int64.self) { $0.reduce(0, &+) }.elements(as: Int64.self)
        var output = 0
        return layout.fold(Double.self) { values in
            let total = integerSums.map { Double($0[output]) } ?? sum(values)
            output += 1
            let mean = total / Double(n)
            let squares = values.map { ($0 - mean) * ($0 - mean) }
            return squares.withUnsafeBufferPointer(sum) / divisor
        }
    }
}
