/// One neuron: `activation(b + w0·x0 + w1·x1 + …)`.
///
/// The sum is accumulated left to right starting from the bias, like Python's `sum((wi*xi for …), self.b)`, so the
/// numbers match Python's bit for bit.
public final class Neuron: CustomStringConvertible {
    /// The weights, one per input.
    public let w: [Value]
    /// The bias.
    public let b: Value
    /// The nonlinearity; `nil` for a linear neuron (the package's output layer).
    public let nonlinearity: Activation?

    /// A neuron with `nin` inputs. Weights are drawn from uniform(−1, 1) in order; the tanh flavour then draws the
    /// bias the same way, the ReLU flavour sets it to 0.
    public init(_ nin: Int, activation: Activation = .tanh, nonlinear: Bool = true, tape: Tape, random: inout some UniformSource) {
        w = (0..<max(0, nin)).map { _ in tape.value(random.uniform(-1, 1)) }
        switch activation {
        case .tanh: b = tape.value(random.uniform(-1, 1))
        case .relu: b = tape.value(0)
        }
        nonlinearity = nonlinear ? activation : nil
    }

    /// The neuron's output for inputs that are values.
    public func callAsFunction(_ x: [Value]) -> Value {
        let tape = b.tape
        tape.collectIfNeeded()
        return Value.wrap(forward(w.map(\.index), b.index, x.map(\.index), tape: tape), on: tape)
    }

    /// The neuron's output for plain-number inputs (each becomes a leaf, as Python's `wi * xi` makes `Value(xi)`).
    public func callAsFunction(_ x: [Double]) -> Value {
        let tape = b.tape
        tape.collectIfNeeded()
        return Value.wrap(forward(w.map(\.index), b.index, x, tape: tape), on: tape)
    }

    /// Weights, then bias.
    public func parameters() -> [Value] { w + [b] }

    /// The micrograd package's repr: `ReLUNeuron(2)`, `LinearNeuron(16)`; the lecture's flavour: `TanhNeuron(3)`.
    public var description: String {
        switch nonlinearity {
        case .relu: return "ReLUNeuron(\(w.count))"
        case .tanh: return "TanhNeuron(\(w.count))"
        case nil: return "LinearNeuron(\(w.count))"
        }
    }

    /// The forward pass on node indices. Inputs beyond the weights are ignored, like Python's `zip`.
    @inline(__always)
    func forward(_ weights: [Int32], _ bias: Int32, _ x: [Int32], tape: Tape) -> Int32 {
        var act = bias
        for j in 0..<min(weights.count, x.count) {
            act = tape.add(act, tape.multiply(weights[j], x[j]))
        }
        return activate(act, tape: tape)
    }

    @inline(__always)
    func forward(_ weights: [Int32], _ bias: Int32, _ x: [Double], tape: Tape) -> Int32 {
        var act = bias
        for j in 0..<min(weights.count, x.count) {
            act = tape.add(act, tape.multiply(weights[j], tape.constant(x[j])))
        }
        return activate(act, tape: tape)
    }

    @inline(__always) private func activate(_ act: Int32, tape: Tape) -> Int32 {
        switch nonlinearity {
        case .tanh: return tape.tanh(act)
        case .relu: return tape.relu(act)
        case nil: return act
        }
    }
}
