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
    /// Weights, then bias: made once, since the handles never change.
    private let allParameters: [Value]

    /// A neuron with `nin` inputs. Weights are drawn from uniform(−1, 1) in order; the tanh flavour then draws the
    /// bias the same way, the ReLU flavour sets it to 0.
    public init(_ nin: Int, activation: Activation = .tanh, nonlinear: Bool = true, tape: Tape, random: inout some UniformSource) {
        w = (0..<max(0, nin)).map { _ in tape.value(random.uniform(-1, 1)) }
        switch activation {
        case .tanh: b = tape.value(random.uniform(-1, 1))
        case .relu: b = tape.value(0)
        }
        nonlinearity = nonlinear ? activation : nil
        allParameters = w + [b]
    }

    /// The neuron's output for inputs that are values.
    public func callAsFunction(_ x: [Value]) -> Value {
        let tape = b.tape
        tape.collectIfNeeded()
        let weights = w.map(\.index), inputs = x.map(\.index)
        let out = weights.withUnsafeBufferPointer { weights in
            inputs.withUnsafeBufferPointer { inputs in
                tape.nodes.neuron(weights: weights, bias: b.index, inputs: inputs, activation: activationCode)
            }
        }
        return Value.wrap(out, on: tape)
    }

    /// The neuron's output for plain-number inputs (each becomes a leaf, as Python's `wi * xi` makes `Value(xi)`).
    public func callAsFunction(_ x: [Double]) -> Value {
        let tape = b.tape
        tape.collectIfNeeded()
        let weights = w.map(\.index)
        let out = weights.withUnsafeBufferPointer { weights in
            x.withUnsafeBufferPointer { numbers in
                tape.nodes.neuron(weights: weights, bias: b.index, numbers: numbers, activation: activationCode)
            }
        }
        return Value.wrap(out, on: tape)
    }

    /// Weights, then bias. O(1): the list is made once.
    public func parameters() -> [Value] { allParameters }

    /// Sets every parameter's gradient to 0.
    public func zeroGrad() {
        for p in allParameters { p.grad = 0 }
    }

    /// The micrograd package's repr: `ReLUNeuron(2)`, `LinearNeuron(16)`; the lecture's flavour: `TanhNeuron(3)`.
    public var description: String {
        switch nonlinearity {
        case .relu: return "ReLUNeuron(\(w.count))"
        case .tanh: return "TanhNeuron(\(w.count))"
        case nil: return "LinearNeuron(\(w.count))"
        }
    }

    /// The node operation of the nonlinearity, `.leaf` for none.
    var activationCode: Operation {
        switch nonlinearity {
        case .tanh: return .tanh
        case .relu: return .relu
        case nil: return .leaf
        }
    }
}
