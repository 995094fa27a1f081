import Foundation
import Micrograd

/// The `Value` fields a training loop touches for every parameter every step (`p.data -= lr * p.grad`), known by
/// name when a cell is compiled, so that reading or writing one is a switch on a small enum, not on a string.
enum ValueField {
    case data, grad

    init?(_ name: String) {
        switch name {
        case "data": self = .data
        case "grad": self = .grad
        default: return nil
        }
    }

    @inline(__always) func read(_ value: Value) -> Double {
        switch self {
        case .data: return value.data
        case .grad: return value.grad
        }
    }

    @inline(__always) func write(_ value: Value, _ number: Double) {
        switch self {
        case .data: value.data = number
        case .grad: value.grad = number
        }
    }
}

/// The methods of a `Value`, resolved by name once. Each is the engine's native operation, with Python's errors
/// where micrograd's Python would raise (`math.exp` overflow, `math.log` domain).
enum ValueMethod {
    /// `tanh`, `relu`, …: the methods that make a node.
    case node(NodeMethod)
    case backward, localBackward

    init?(_ name: String) {
        if let method = NodeMethod(name) {
            self = .node(method)
            return
        }
        switch name {
        case "backward": self = .backward
        case "_backward": self = .localBackward
        default: return nil
        }
    }

    /// Calls the method on `value` (with no arguments: none takes any).
    func call(on value: Value) throws -> Object {
        switch self {
        case .node(let method):
            let tape = value.tape
            tape.collectIfNeeded()
            return .value(tape.value(of: try method.node(of: tape.operand(value), on: tape)))
        case .backward:
            value.backward()
            return .none
        case .localBackward:
            value.backwardStep()
            return .none
        }
    }
}

/// The methods of a `Value` that make a node, which an expression can also apply to an intermediate.
enum NodeMethod {
    case tanh, relu, exp, log, sigmoid

    init?(_ name: String) {
        switch name {
        case "tanh": self = .tanh
        case "relu": self = .relu
        case "exp": self = .exp
        case "log": self = .log
        case "sigmoid": self = .sigmoid
        default: return nil
        }
    }

    /// The node the method makes on `x`.
    func node(of x: Intermediate, on tape: Tape) throws -> Intermediate {
        switch self {
        case .tanh: return tape.tanh(x)
        case .relu: return tape.relu(x)
        case .exp:
            let data = tape.data(of: x)
            if Foundation.exp(data).isInfinite, data.isFinite { throw PyError.mathRange }
            return tape.exp(x)
        case .log:
            if tape.data(of: x) <= 0 { throw PyError.mathDomain }
            return tape.log(x)
        case .sigmoid: return tape.sigmoid(x)
        }
    }
}
