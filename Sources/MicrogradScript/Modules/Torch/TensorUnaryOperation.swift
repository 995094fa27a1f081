/// The elementwise operations of one tensor, with torch's names for their backward nodes.
enum TensorUnaryOperation {
    case negate, tanh, exp, sigmoid, relu, reciprocal

    /// `x.neg()`, `x.tanh()`, …: the method's name in torch.
    var methodName: String {
        switch self {
        case .negate: return "neg"
        case .tanh: return "tanh"
        case .exp: return "exp"
        case .sigmoid: return "sigmoid"
        case .relu: return "relu"
        case .reciprocal: return "reciprocal"
        }
    }

    var backwardName: String {
        switch self {
        case .negate: return "NegBackward0"
        case .tanh: return "TanhBackward0"
        case .exp: return "ExpBackward0"
        case .sigmoid: return "SigmoidBackward0"
        case .relu: return "ReluBackward0"
        case .reciprocal: return "ReciprocalBackward0"
        }
    }

    /// Whether torch's node saves tensors for backward (all but negation do).
    var savesTensors: Bool { self != .negate }

    /// Whether an `int64` tensor gives a floating result (`tanh`, `exp`, …) rather than an `int64` one.
    var makesFloat: Bool { self != .negate && self != .relu }
}
