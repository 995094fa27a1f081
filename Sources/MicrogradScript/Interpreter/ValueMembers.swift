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
    case tanh, relu, exp, log, sigmoid, backward, localBackward

    init?(_ name: String) {
        switch name {
        case "tanh": self = .tanh
        case "relu": self = .relu
        case "exp": self = .exp
        case "log": self = .log
        case "sigmoid": self = .sigmoid
        case "backward": self = .backward
        case "_backward": self = .localBackward
        default: return nil
        }
    }

    /// Calls the method on `value` (with no arguments: none takes any).
    func call(on value: Value) throws -> Object {
        switch self {
        case .tanh: return .value(value.tanh())
        case .relu: return .value(value.relu())
        case .exp:
            if Foundation.exp(value.data).isInfinite, value.data.isFinite { throw PyError.mathRange }
            return .value(value.exp())
        case .log:
            if value.data <= 0 { throw PyError.mathDomain }
            return .value(value.log())
        case .sigmoid: return .value(value.sigmoid())
        case .backward:
            value.backward()
            return .none
        case .localBackward:
            value.backwardStep()
            return .none
        }
    }
}
