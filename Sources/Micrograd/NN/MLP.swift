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
    /// All parameters in Python's order, made once.
    private let allParameters: [Value]
    /// Every weight's node index, neuron after neuron, layer after layer; valid for `cachedGeneration`.
    private var weightIndices: [Int32] = []
    /// Every bias's node index, neuron after neuron.
    private var biasIndices: [Int32] = []
    /// The largest weight or bias index, for placing new nodes (see `NodeStorage.slot(after:count:)`).
    private var newestParameter: Int32 = -1
    private var cachedGeneration = -1
    /// Per layer: inputs per neuron, neurons, and the neurons' nonlinearity.
    private let shapes: [(inputs: Int, neurons: Int, activation: Operation)]

    /// `MLP(nin, nouts)`: layer sizes `[nin] + nouts`. With `.tanh` (the lecture's default) every layer is tanh;
    /// with `.relu` (the micrograd package) hidden layers are ReLU and the last is linear.
    public init(_ nin: Int, _ nouts: [Int], activation: Activation = .tanh, tape: Tape, random: inout some UniformSource) {
        let sizes = [max(0, nin)] + nouts.map { max(0, $0) }
        var layers: [Layer] = []
        for i in 0..<nouts.count {
            let nonlinear = activation == .tanh || i != nouts.count - 1
            layers.append(
                Layer(sizes[i], sizes[i + 1], activation: activation, nonlinear: nonlinear, tape: tape, random: &random))
        }
        self.layers = layers
        allParameters = layers.flatMap { $0.parameters() }
        shapes = layers.enumerated().map { i, layer in
            (sizes[i], sizes[i + 1], layer.neurons.first?.activationCode ?? .leaf)
        }
    }

    /// The network's outputs for inputs that are values.
    public func callAsFunction(_ x: [Value]) -> [Value] {
        guard let tape = layers.first?.neurons.first?.b.tape else { return x }
        tape.collectIfNeeded()
        return forward(first: .values(x), tape: tape)
    }

    /// The network's outputs for plain-number inputs.
    public func callAsFunction(_ x: [Double]) -> [Value] {
        guard let tape = layers.first?.neurons.first?.b.tape else { return [] }
        tape.collectIfNeeded()
        return forward(first: .numbers(x), tape: tape)
    }

    /// All parameters, layer by layer, neuron by neuron, weights before bias: Python's order. O(1): the list is made
    /// once.
    public func parameters() -> [Value] { allParameters }

    /// Sets every parameter's gradient to 0.
    public func zeroGrad() {
        guard let tape = layers.first?.neurons.first?.b.tape else { return }
        refreshIndices(tape)
        for i in weightIndices { tape.nodes.grad[Int(i)] = 0 }
        for i in biasIndices { tape.nodes.grad[Int(i)] = 0 }
    }

    /// `MLP of [Layer of [ReLUNeuron(2), …], …]`.
    public var description: String { "MLP of [" + layers.map(\.description).joined(separator: ", ") + "]" }

    private enum Inputs {
        case values([Value])
        case numbers([Double])
    }

    /// The forward pass on node indices through every layer: one fused kernel call per neuron, reading weights from
    /// the flat index cache and passing activations between two scratch buffers on the stack, so the loop allocates
    /// nothing and touches no reference counts; only the outputs get handles.
    private func forward(first: Inputs, tape: Tape) -> [Value] {
        refreshIndices(tape)
        let nodes = tape.nodes
        let widest = max(shapes.map(\.neurons).max() ?? 0, shapes.first?.inputs ?? 0)
        let numbers: [Double]
        if case .numbers(let given) = first { numbers = given } else { numbers = [] }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * max(widest, 1)) { scratch in
            var front = UnsafeMutableBufferPointer(rebasing: scratch[0..<max(widest, 1)])
            var back = UnsafeMutableBufferPointer(rebasing: scratch[max(widest, 1)...])
            var width = 0
            if case .values(let values) = first {
                width = min(values.count, widest)
                for i in 0..<width { front[i] = values[i].index }
            }
            weightIndices.withUnsafeBufferPointer { weights in
                biasIndices.withUnsafeBufferPointer { biases in
                    numbers.withUnsafeBufferPointer { numbers in
                        var weightOffset = 0, biasOffset = 0
                        for (l, shape) in shapes.enumerated() {
                            let input = UnsafeBufferPointer(rebasing: front[0..<width])
                            var newest = newestParameter
                            for x in input { newest = max(newest, x) }
                            for n in 0..<shape.neurons {
                                let w = UnsafeBufferPointer(rebasing: weights[weightOffset..<weightOffset + shape.inputs])
                                let bias = biases[biasOffset + n]
                                back[n] =
                                    l == 0 && !numbers.isEmpty
                                    ? nodes.neuron(weights: w, bias: bias, numbers: numbers, activation: shape.activation)
                                    : nodes.neuron(
                                        weights: w, bias: bias, inputs: input, activation: shape.activation,
                                        newest: newest)
                                weightOffset += shape.inputs
                            }
                            biasOffset += shape.neurons
                            width = shape.neurons
                            swap(&front, &back)
                        }
                    }
                }
            }
            return front[0..<width].map { Value.wrap($0, on: tape) }
        }
    }

    private func refreshIndices(_ tape: Tape) {
        guard cachedGeneration != tape.generation else { return }
        weightIndices = layers.flatMap { $0.neurons.flatMap { $0.w.map(\.index) } }
        biasIndices = layers.flatMap { $0.neurons.map(\.b.index) }
        newestParameter = max(weightIndices.max() ?? -1, biasIndices.max() ?? -1)
        cachedGeneration = tape.generation
    }
}
