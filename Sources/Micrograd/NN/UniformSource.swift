/// Where initial weights come from: anything that draws uniformly from an interval, in a reproducible order.
/// `PythonRandom` is the one Gradbook uses, so that a seed gives the same weights as in Python.
public protocol UniformSource {
    /// A number drawn uniformly from `[a, b]`, exactly as Python's `random.uniform(a, b)`.
    mutating func uniform(_ a: Double, _ b: Double) -> Double
}

/// A neuron's nonlinearity, which also picks the flavour of the whole network.
public enum Activation: Sendable, Equatable {
    /// The lecture's networks: `tanh` on every layer, each neuron's bias drawn from uniform(−1, 1) right after
    /// its weights.
    case tanh
    /// The micrograd package's networks: ReLU on hidden layers, a linear output layer, bias 0 (no draw).
    case relu
}

/// Python's generator draws the weights, so a seed gives the same network as in Python.
extension PythonRandom: UniformSource {}
