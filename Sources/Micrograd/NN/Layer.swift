/// A layer of neurons that all see the same inputs.
public final class Layer: CustomStringConvertible {
    /// The neurons, in order.
    public let neurons: [Neuron]
    /// All neurons' parameters, made once.
    private let allParameters: [Value]

    /// `nout` neurons with `nin` inputs each, drawn in order.
    public init(
        _ nin: Int, _ nout: Int, activation: Activation = .tanh, nonlinear: Bool = true, tape: Tape,
        random: inout some UniformSource
    ) {
        var neurons: [Neuron] = []
        for _ in 0..<max(0, nout) {
            neurons.append(Neuron(nin, activation: activation, nonlinear: nonlinear, tape: tape, random: &random))
        }
        self.neurons = neurons
        allParameters = neurons.flatMap { $0.parameters() }
    }

    /// Every neuron's output, in order. (Python's `Layer` returns the value itself when there is one neuron; the
    /// script does that unwrapping.)
    public func callAsFunction(_ x: [Value]) -> [Value] { neurons.map { $0(x) } }

    /// Every neuron's output for plain-number inputs.
    public func callAsFunction(_ x: [Double]) -> [Value] { neurons.map { $0(x) } }

    /// All neurons' parameters, neuron by neuron. O(1): the list is made once.
    public func parameters() -> [Value] { allParameters }

    /// Sets every parameter's gradient to 0.
    public func zeroGrad() {
        for p in allParameters { p.grad = 0 }
    }

    /// `Layer of [ReLUNeuron(2), …]`.
    public var description: String { "Layer of [" + neurons.map(\.description).joined(separator: ", ") + "]" }
}
