/// Numerical derivatives: the lecture's way of checking calculus by nudging an input.

/// The lecture's forward difference `(f(x + h) − f(x)) / h`. Error O(h), plus rounding error O(ε/h).
public func forwardDifference(_ f: (Double) throws -> Double, at x: Double, h: Double = 1e-6) rethrows -> Double {
    (try f(x + h) - f(x)) / h
}

/// The central difference `(f(x + h) − f(x − h)) / 2h`. Error O(h²), so it needs a larger `h` for the same accuracy.
public func centralDifference(_ f: (Double) throws -> Double, at x: Double, h: Double = 1e-5) rethrows -> Double {
    (try f(x + h) - f(x - h)) / (2 * h)
}

/// What a gradient check found for one input.
public struct GradientComparison: Equatable, Sendable {
    /// The gradient backpropagation computed.
    public var autograd: Double
    /// The central-difference estimate.
    public var numerical: Double
    /// `|autograd − numerical| / max(|autograd|, |numerical|, 1e-12)`; 0 when both are 0.
    public var relativeError: Double
}

/// The outcome of `gradientCheck`: one comparison per input, in input order.
public struct GradientCheckReport: Equatable, Sendable {
    /// One comparison per input.
    public var comparisons: [GradientComparison]
    /// The largest relative error over all inputs (0 for no inputs).
    public var maxRelativeError: Double { comparisons.map(\.relativeError).max() ?? 0 }
}

/// Compares backpropagation with central differences for every input of an expression.
///
/// `build` makes the expression from leaf values on `tape`; it is called once for autograd and twice per input
/// for the estimates, so it must be a pure function of its inputs' data.
public func gradientCheck(
    at inputs: [Double], h: Double = 1e-5, on tape: Tape, _ build: ([Value]) throws -> Value
) rethrows -> GradientCheckReport {
    let leaves = inputs.map { tape.value($0) }
    let output = try build(leaves)
    output.backward()
    let autograd = leaves.map(\.grad)
    var comparisons: [GradientComparison] = []
    for i in inputs.indices {
        func evaluate(_ shifted: Double) throws -> Double {
            var nudged = inputs
            nudged[i] = shifted
            return try build(nudged.map { tape.value($0) }).data
        }
        let numerical = try centralDifference(evaluate, at: inputs[i], h: h)
        let scale = max(abs(autograd[i]), abs(numerical), 1e-12)
        let error = autograd[i] == numerical ? 0 : abs(autograd[i] - numerical) / scale
        comparisons.append(GradientComparison(autograd: autograd[i], numerical: numerical, relativeError: error))
    }
    return GradientCheckReport(comparisons: comparisons)
}
