// Losses built natively on node indices, with the exact graph shapes of the Python that the lessons reproduce, so
// that the numbers and the node counts agree with CPython and a training step makes no handle per term.

/// The lecture's loss: `sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))`, a sum of squared errors.
public func sumOfSquaredErrors(predictions: [Value], targets: [Double]) -> Value? {
    guard let tape = predictions.first?.tape, !targets.isEmpty else { return nil }
    tape.collectIfNeeded()
    let nodes = tape.nodes
    let total = nodes.sumFromZero(
        zip(predictions, targets).lazy.map { prediction, target in
            // (yout - ygt)**2: yout + Value(-ygt), then **2
            nodes.power(nodes.add(prediction.index, nodes.leaf(-target)), 2, integerExponent: true)
        })
    return Value.wrap(total, on: tape)
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
    guard let tape = scores.first?.tape, !labels.isEmpty else { return nil }
    tape.collectIfNeeded()
    let nodes = tape.nodes
    // The list comprehension first: (1 + scorei * Value(-yi)).relu() = relu(scorei * Value(-yi) + Value(1)).
    let losses = zip(scores, labels).map { score, label in
        nodes.relu(nodes.add(nodes.multiply(score.index, nodes.leaf(-label)), nodes.leaf(1)))
    }
    let total = nodes.sumFromZero(losses)
    return Value.wrap(nodes.multiply(total, nodes.leaf(1.0 / Double(losses.count))), on: tape)
}

/// The micrograd demo's L2 regularisation: `alpha * sum((p*p for p in parameters))`.
public func l2Regularization(_ parameters: [Value], alpha: Double) -> Value? {
    guard let tape = parameters.first?.tape else { return nil }
    tape.collectIfNeeded()
    let nodes = tape.nodes
    let total = nodes.sumFromZero(parameters.lazy.map { nodes.multiply($0.index, $0.index) })
    // alpha * total = total.__rmul__(alpha) = total * Value(alpha)
    return Value.wrap(nodes.multiply(total, nodes.leaf(alpha)), on: tape)
}

extension NodeStorage {
    /// A leaf for a plain number mixed into an expression, as micrograd wraps `other` in `Value(other)`.
    @inline(__always) func leaf(_ data: Double) -> Int32 {
        append(.leaf, -1, -1, data: data)
    }

    /// Python's `sum(terms)`: folds left from the integer 0, whose first step `0 + t0` is micrograd's `t0 + Value(0)`.
    /// Terms are consumed in order, so a lazy sequence interleaves making a term and adding it, as a generator does.
    func sumFromZero(_ terms: some Sequence<Int32>) -> Int32 {
        var total: Int32 = -1
        for term in terms {
            total = total < 0 ? add(term, leaf(0)) : add(total, term)
        }
        return total < 0 ? leaf(0) : total
    }
}
