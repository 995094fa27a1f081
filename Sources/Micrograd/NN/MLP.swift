/// A multi-layer perceptron: layers applied in turn.
///
/// ```swift
/// var random = PythonRandom(seed: 1337)
/// let tape = Tape()
/// let model = MLP(2, [16, 16, 1], activation: .relu, tape: tape, random: &random)
/// let score = model([0.5, -1.0])[0]
/// ```
///
/// The forward pass runs natively on node indices, creating only one handle per output, so a training step of
/// tens of thousands of values costs a few nanoseconds per value.
public final class MLP: CustomStringConvertible {
    /// The layers, input side first.
    public let layers: [Layer]
    /// Every parameter's node index in forward order, valid for `cachedGeneration` of the tape.
    private var cachedIndices: [[[Int32]]] = []
    private var cachedBiases: [[Int32]] = []
    private var cachedGeneration = -1

    /// `MLP(nin, nouts)`: layer sizes `[nin] + nouts`. With `.tanh` (the lecture's default) every layer is tanh;
    /// with `.relu` (the micrograd package) hidden layers are ReLU and the last is linear.
    public init(_ nin: Int, _ nouts: [Int], activation: Activation = .tanh, tape: Tape, random: inout some UniformSource) {
        let sizes = [nin] + nouts
        var layers: [Layer] = []
        for i in 0..<nouts.count {
            let nonlinear = activation == .tanh || i != nouts.count - 1
            layers.append(
                Layer(sizes[i], sizes[i + 1], activation: activation, nonlinear: nonlinear, tape: tape, random: &random))
        }
        self.layers = layers
    }

    /// The network's outputs for inputs that are values.
    public func callAsFunction(_ x: [Value]) -> [Value] {
        guard let tape = layers.first?.neurons.first?.b.tape else { return x }
        tape.collectIfNeeded()
        refreshIndices(tape)
        var current = x.map(\.index)
        for (l, layer) in layers.enumerated() {
            current = layer.neurons.indices.map { n in
                layer.neurons[n].forward(cachedIndices[l][n], cachedBiases[l][n], current, tape: tape)
            }
        }
        return current.map { Value.wrap($0, on: tape) }
    }

    /// The network's outputs for plain-number inputs.
    public func callAsFunction(_ x: [Double]) -> [Value] {
        guard let tape = layers.first?.neurons.first?.b.tape, let first = layers.first else {
            return []
        }
        tape.collectIfNeeded()
        refreshIndices(tape)
        var current = first.neurons.indices.map { n in
            first.neurons[n].forward(cachedIndices[0][n], cachedBiases[0][n], x, tape: tape)
        }
        for (l, layer) in layers.enumerated().dropFirst() {
            current = layer.neurons.indices.map { n in
                layer.neurons[n].forward(cachedIndices[l][n], cachedBiases[l][n], current, tape: tape)
            }
        }
        return current.map { Value.wrap($0, on: tape) }
    }

    /// All parameters, layer by layer, neuron by neuron, weights before bias: Python's order.
    public func parameters() -> [Value] { layers.flatMap { $0.parameters() } }

    /// Sets every parameter's gradient to 0.
    public func zeroGrad() {
        for p in parameters() { p.grad = 0 }
    }

    /// `MLP of [Layer of [ReLUNeuron(2), …], …]`.
    public var description: String { "MLP of [" + layers.map(\.description).joined(separator: ", ") + "]" }

    private func refreshIndices(_ tape: Tape) {
        guard cachedGeneration != tape.generation else { return }
        cachedIndices = layers.map { $0.neurons.map { $0.w.map(\.index) } }
        cachedBiases = layers.map { $0.neurons.map(\.b.index) }
        cachedGeneration = tape.generation
    }
}
