/// The ndarray's operators: arithmetic, comparisons and bitwise operators elementwise with broadcasting against
/// Python numbers, lists and other arrays on either side; `@`; unary `-`, `+`, `~`; augmented assignment into the
/// array's own memory.
extension ArrayObject {
    /// `self op other` (`other op self` when `reflected`), or `NotImplemented` for an operand numpy cannot read.
    func arithmetic(_ op: BinaryOperator, _ other: Object, reflected: Bool, _ rt: Interpreter) throws -> Object {
        guard let operand = try rt.arrayOperand(other) else { return .notImplemented }
        let (lhs, rhs) = reflected ? (operand, ArrayOrScalar.array(array)) : (.array(array), operand)
        let result: ArrayOrScalar = try rt.numpy {
            switch op {
            case .power: return try NumPy.power(lhs, rhs)
            case .matrixMultiply: return try NumPy.matmul(lhs, rhs)
            default: return try NumPy.apply(Self.ufunc(op), lhs, rhs)
            }
        }
        return try rt.object(result)
    }

    /// `a op= b`: numpy's `op(a, b, out=a)`; the result must keep the array's shape and dtype.
    func augmented(_ op: BinaryOperator, _ other: Object, _ rt: Interpreter) throws -> Object {
        if op == .matrixMultiply {
            throw PyError.type(
                "In-place matrix multiplication is not (yet) supported. Use 'a = a @ b' instead of 'a @= b'.")
        }
        guard let operand = try rt.arrayOperand(other) else { return .notImplemented }
        try rt.numpy { try NumPy.applyInPlace(Self.ufunc(op), array, operand) }
        try rt.chargeMade(array.size)
        return .native(self)
    }

    /// `-a`, `+a`, `~a` (and `not a`).
    func elementwise(_ op: UnaryOperator, _ rt: Interpreter) throws -> Object {
        let operation: UnaryOperation
        switch op {
        case .negate: operation = .negative
        case .plus: operation = .positive
        case .invert: operation = .invert
        case .not: return .bool(!(try rt.numpy { try array.truth() }))
        }
        return try rt.object(try rt.numpy { try NumPy.apply(operation, .array(array)) })
    }

    /// `a == b`, `a < b`, …: a bool array.
    func comparison(_ op: ComparisonOperator, _ other: Object, _ rt: Interpreter) throws -> Object {
        let operation: BinaryOperation
        switch op {
        case .equal: operation = .equal
        case .notEqual: operation = .notEqual
        case .less: operation = .less
        case .lessOrEqual: operation = .lessEqual
        case .greater: operation = .greater
        case .greaterOrEqual: operation = .greaterEqual
        case .in, .notIn, .is, .isNot: return .notImplemented
        }
        guard let operand = try rt.arrayOperand(other) else {
            // numpy compares an object it cannot read elementwise by identity: `arr == None` is all False.
            guard op == .equal || op == .notEqual else { return .notImplemented }
            return try rt.object(try rt.numpy { try NDArray.full(array.shape, .bool(op == .notEqual)) })
        }
        return try rt.object(try rt.numpy { try NumPy.apply(operation, .array(array), operand) })
    }

    /// The ufunc behind a binary operator (`/` is `np.divide`, `%` is `np.remainder`).
    static func ufunc(_ op: BinaryOperator) -> BinaryOperation {
        switch op {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .trueDivide
        case .floorDivide: .floorDivide
        case .modulo: .remainder
        case .power: .power
        case .matrixMultiply: .multiply
        case .shiftLeft: .leftShift
        case .shiftRight: .rightShift
        case .bitAnd: .bitwiseAnd
        case .bitOr: .bitwiseOr
        case .bitXor: .bitwiseXor
        }
    }
}
