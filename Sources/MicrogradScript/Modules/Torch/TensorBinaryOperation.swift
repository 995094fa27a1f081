/// The binary operations of the subset, with torch's names for their backward nodes.
enum TensorBinaryOperation {
    case add, subtract, multiply, divide, power

    /// `grad_fn`'s name; `number - tensor` is torch's `rsub` (`RsubBackward1`).
    func backwardName(numberOnLeft: Bool) -> String {
        switch self {
        case .add: return "AddBackward0"
        case .subtract: return numberOnLeft ? "RsubBackward1" : "SubBackward0"
        case .multiply: return "MulBackward0"
        case .divide: return "DivBackward0"
        case .power: return "PowBackward0"
        }
    }

    /// Whether torch's node saves tensors for backward, and so refuses a second backward once freed.
    var savesTensors: Bool { self == .multiply || self == .divide || self == .power }
}
