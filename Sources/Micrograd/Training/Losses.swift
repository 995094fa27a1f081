// Losses written with the exact graph shapes of the Python that the lessons reproduce, so that the numbers and
// the node counts agree with CPython.

/// The lecture's loss: `sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))`, a sum of squared errors.
public func sumOfSquaredErrors(predictions: [Value], targets: [Double]) -> Value? {
    sum(zip(predictions, targets).map { prediction, target in (prediction - target).pow(2) })
}

/// The mean of the squared errors: `sumOfSquaredErrors * (1.0 / n)`.
public func meanSquaredError(predictions: [Value], targets: [Double]) -> Value? {
    let n = min(predictions.count, targets.count)
    guard n > 0, let total = sumOfSquaredErrors(predictions: predictions, targets: targets) else { return nil }
    return total * (1.0 / Double(n))
}

/// The micrograd demo's SVM max-margin loss:
/// `sum((1 + -yi*scorei).relu() for …) * (1.0 / len(losses))`, for labels `yi` of −1 or +1.
public func svmMaxMarginLoss(scores: [Value], labels: [Double]) -> Value? {
    let losses = zip(scores, labels).map { score, label in (1 + (-label) * score).relu() }
    guard !losses.isEmpty, let total = sum(losses) else { return nil }
    return total * (1.0 / Double(losses.count))
}

/// The micrograd demo's L2 regularisation: `alpha * sum((p*p for p in parameters))`.
public func l2Regularization(_ parameters: [Value], alpha: Double) -> Value? {
    guard let total = sum(parameters.map { $0 * $0 }) else { return nil }
    return alpha * total
}
