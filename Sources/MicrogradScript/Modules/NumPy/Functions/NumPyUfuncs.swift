/// numpy's ufuncs as module functions: `np.exp(x)`, `np.maximum(a, b)`, … on numbers, lists and arrays (a Python
/// number for scalar operands, an array otherwise).
///
/// An operand that is not numbers (an engine `Value`, a lesson's object) goes through numpy's object loop, as a
/// one-element object array would: `np.tanh(v)` calls `v.tanh()`, `np.abs(v)` is `abs(v)`, `np.maximum(v, 0)` keeps
/// `v` when `v >= 0`, and arithmetic ufuncs use the operators.
enum NumPyUfuncs {
    /// The one-operand ufuncs by module name (aliases included).
    static let unary: [(String, UnaryOperation)] = [
        ("negative", .negative), ("positive", .positive), ("absolute", .absolute), ("abs", .absolute),
        ("fabs", .absolute), ("invert", .invert), ("bitwise_not", .invert), ("logical_not", .logicalNot),
        ("exp", .exp), ("exp2", .exp2), ("expm1", .expm1), ("log", .log), ("log2", .log2), ("log10", .log10),
        ("log1p", .log1p), ("sqrt", .sqrt), ("square", .square), ("sin", .sin), ("cos", .cos), ("tan", .tan),
        ("arcsin", .arcsin), ("arccos", .arccos), ("arctan", .arctan), ("sinh", .sinh), ("cosh", .cosh),
        ("tanh", .tanh), ("arcsinh", .arcsinh), ("arccosh", .arccosh), ("arctanh", .arctanh), ("sign", .sign),
        ("floor", .floor), ("ceil", .ceil), ("rint", .rint), ("trunc", .trunc), ("fix", .trunc), ("isnan", .isnan),
        ("isinf", .isinf), ("isfinite", .isfinite),
    ]

    /// The two-operand ufuncs by module name.
    static let binary: [(String, BinaryOperation)] = [
        ("add", .add), ("subtract", .subtract), ("multiply", .multiply), ("divide", .trueDivide),
        ("true_divide", .trueDivide), ("floor_divide", .floorDivide), ("remainder", .remainder), ("mod", .remainder),
        ("power", .power), ("maximum", .maximum), ("minimum", .minimum), ("equal", .equal),
        ("not_equal", .notEqual), ("less", .less), ("less_equal", .lessEqual), ("greater", .greater),
        ("greater_equal", .greaterEqual), ("bitwise_and", .bitwiseAnd), ("bitwise_or", .bitwiseOr),
        ("bitwise_xor", .bitwiseXor), ("left_shift", .leftShift), ("right_shift", .rightShift),
        ("logical_and", .logicalAnd), ("logical_or", .logicalOr), ("logical_xor", .logicalXor),
    ]

    /// Every ufunc as a `(name, builtin)` pair for the module's attributes.
    static func functions(_ rt: Interpreter) -> [(String, Object)] {
        unowned(unsafe) let rt = rt
        let ones: [(String, Object)] = unary.map { name, operation in
            (name, .builtin(BuiltinFunction("numpy." + name) { args in
                try refuseOutput(args, name)
                try args.expect(name, 1, 1, keywords: ["out", "where", "dtype"])
                return try apply(operation, args.positional[0], rt)
            }))
        }
        let twos: [(String, Object)] = binary.map { name, operation in
            (name, .builtin(BuiltinFunction("numpy." + name) { args in
                try refuseOutput(args, name)
                try args.expect(name, 2, 2, keywords: ["out", "where", "dtype"])
                return try apply(operation, args.positional[0], args.positional[1], rt)
            }))
        }
        return ones + twos
    }

    /// `out=` and `where=` would need arrays written in place by a ufunc: refused clearly.
    private static func refuseOutput(_ args: Arguments, _ name: String) throws {
        for keyword in ["out", "where", "dtype"] where args.keyword(keyword) != nil {
            throw PyError.type("\(name)(): Gradbook's numpy does not take \(keyword)=")
        }
    }

    /// A one-operand ufunc of one object.
    static func apply(_ operation: UnaryOperation, _ x: Object, _ rt: Interpreter) throws -> Object {
        guard let operand = try rt.arrayOperand(x) else { return try objectLoop(operation, x, rt) }
        return try rt.object(try rt.numpy { try NumPy.apply(operation, operand) })
    }

    /// A two-operand ufunc of two objects.
    static func apply(_ operation: BinaryOperation, _ x: Object, _ y: Object, _ rt: Interpreter) throws -> Object {
        guard let a = try rt.arrayOperand(x), let b = try rt.arrayOperand(y) else {
            return try objectLoop(operation, x, y, rt)
        }
        return try rt.object(try rt.numpy { try NumPy.apply(operation, a, b) })
    }

    /// numpy's object loop for one operand: the Python operator, or the method of the ufunc's name.
    private static func objectLoop(_ operation: UnaryOperation, _ x: Object, _ rt: Interpreter) throws -> Object {
        switch operation {
        case .absolute: return try rt.absolute(x)
        case .negative: return try rt.unary(.negate, x)
        case .positive: return try rt.unary(.plus, x)
        case .invert: return try rt.unary(.invert, x)
        case .logicalNot: return .bool(!(try rt.truth(x)))
        case .square: return try rt.binary(.multiply, x, x)
        default:
            guard case .string = x else {
                if let method = try? rt.attribute(of: x, operation.ufuncName) { return try rt.call(method, Arguments([])) }
                throw noLoop(operation.ufuncName, x, rt)
            }
            throw noLoop(operation.ufuncName, x, rt)
        }
    }

    /// numpy's object loop for two operands.
    private static func objectLoop(_ operation: BinaryOperation, _ x: Object, _ y: Object, _ rt: Interpreter) throws
        -> Object
    {
        switch operation {
        case .add: return try rt.binary(.add, x, y)
        case .subtract: return try rt.binary(.subtract, x, y)
        case .multiply: return try rt.binary(.multiply, x, y)
        case .trueDivide: return try rt.binary(.divide, x, y)
        case .floorDivide: return try rt.binary(.floorDivide, x, y)
        case .remainder: return try rt.binary(.modulo, x, y)
        case .power: return try rt.binary(.power, x, y)
        case .maximum: return try rt.compare(.greaterOrEqual, x, y) ? x : y
        case .minimum: return try rt.compare(.lessOrEqual, x, y) ? x : y
        case .equal: return try rt.richCompare(.equal, x, y)
        case .notEqual: return try rt.richCompare(.notEqual, x, y)
        case .less: return try rt.richCompare(.less, x, y)
        case .lessEqual: return try rt.richCompare(.lessOrEqual, x, y)
        case .greater: return try rt.richCompare(.greater, x, y)
        case .greaterEqual: return try rt.richCompare(.greaterOrEqual, x, y)
        default:
            let readable = try rt.arrayOperand(x) != nil
            throw rt.unsupportedElements(readable ? y : x, in: operation.ufuncName)
        }
    }

    private static func noLoop(_ name: String, _ x: Object, _ rt: Interpreter) -> PyError {
        PyError.type(
            "loop of ufunc does not support argument 0 of type \(rt.typeName(x)) which has no callable \(name) method")
    }
}
