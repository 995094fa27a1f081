/// A layer of neurons that all see the same inputs.
public final class Layer: CustomStringConvertible {
    /// The neurons, in order.
    public let neurons: [Neuron]

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
    }

    /// Every neuron's output, in order. (Python's `Layer` returns the value itself when there is one neuron; the
    /// script does that unwrapping.)
    public func callAsFunction(_ x: [Value]) -> [Value] { neurons.map { $0(x) } }

    /// Every neuron's output for plain-number inputs.
    public func callAsFunction(_ x: [Double]) -> [Value] { neurons.map { $0(x) } }

    /// All neurons' parameters, neuron by neuron.
    public func parameters() -> [Value] { neurons.flatMap { $0.parameters() } }

    /// `Layer of [ReLUNeuron(2), …]`.
    public var description: String { "Layer of [" + neurons.map(\.description).joined(separator: ", ") + "]" }
}
