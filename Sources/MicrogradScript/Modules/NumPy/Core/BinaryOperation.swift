/// numpy's two-operand ufuncs that Gradbook supports, named as numpy names them in messages.
public enum BinaryOperation: String, CaseIterable, Sendable {
    case add, subtract, multiply
    case trueDivide = "divide"
    case floorDivide = "floor_divide"
    case remainder, power, maximum, minimum
    case equal, notEqual = "not_equal", less, lessEqual = "less_equal", greater, greaterEqual = "greater_equal"
    case bitwiseAnd = "bitwise_and", bitwiseOr = "bitwise_or", bitwiseXor = "bitwise_xor"
    case leftShift = "left_shift", rightShift = "right_shift"
    case logicalAnd = "logical_and", logicalOr = "logical_or", logicalXor = "logical_xor"

    /// numpy's ufunc name (`np.divide` is what `/` calls).
    public var ufuncName: String { rawValue }

    /// Whether the result is a bool array whatever the operands.
    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .logicalAnd, .logicalOr, .logicalXor:
            true
        default: false
        }
    }
}
