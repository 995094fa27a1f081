/// One step of stochastic gradient descent: `p.data -= learningRate * p.grad` for every parameter.
public func sgdStep(_ parameters: [Value], learningRate: Double) {
    for p in parameters { p.data -= learningRate * p.grad }
}

/// Sets every gradient to 0, as a training step must before `backward()` (gradients accumulate).
public func zeroGrad(_ parameters: [Value]) {
    for p in parameters { p.grad = 0 }
}

/// The fraction of scores whose sign matches the label's: the demo's `(yi > 0) == (scorei.data > 0)`, averaged.
public func accuracy(scores: [Value], labels: [Double]) -> Double {
    let pairs = zip(scores, labels)
    let total = min(scores.count, labels.count)
    guard total > 0 else { return 0 }
    let correct = pairs.reduce(0) { $0 + (($1.1 > 0) == ($1.0.data > 0) ? 1 : 0) }
    return Double(correct) / Double(total)
}
