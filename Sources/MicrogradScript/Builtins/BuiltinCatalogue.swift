import Foundation

/// The names every cell sees without importing anything: Python's built-ins that lessons use, plus the engine's
/// `Value`, `Neuron`, `Layer`, `MLP` and the lesson helpers (`draw_dot`, `make_moons`, …).
///
/// There is deliberately no `open`, `eval`, `exec`, `__import__`, `input` or anything else that reaches files,
/// the network, processes, the clock or the environment: such names are simply not defined.
enum BuiltinCatalogue {
    static func make(_ rt: Interpreter) -> [String: Object] {
        var all: [String: Object] = [:]
        for group in [core(rt), objects(rt), conversions(rt), sequences(rt), engine(rt), lessonHelpers(rt)] {
            all.merge(group) { first, _ in first }
        }
        return all
    }

    /// Makes a `name: builtin` pair; `one` and `two` are its fast paths for one and two positional arguments (see
    /// `BuiltinFunction.one`).
    static func function(
        _ name: String, one: ((Object) throws -> Object)? = nil, two: ((Object, Object) throws -> Object)? = nil,
        _ body: @escaping (Arguments) throws -> Object
    ) -> (String, Object) {
        (name, .builtin(BuiltinFunction(name, one: one, two: two, body)))
    }

    /// Makes a `name: type` pair for the built-in type `name`: calling it runs `body` (with the same fast paths
    /// as `function`).
    static func type(
        _ rt: Interpreter, _ name: String, one: ((Object) throws -> Object)? = nil,
        two: ((Object, Object) throws -> Object)? = nil, _ body: @escaping (Arguments) throws -> Object
    ) -> (String, Object) {
        let type = rt.types.named(name) ?? rt.types.native(name)
        type.construct = body
        type.one = one
        type.two = two
        return (name, .type(type))
    }

    static func core(_ rt: Interpreter) -> [String: Object] {
        unowned(unsafe) let rt = rt
        return Dictionary(
            uniqueKeysWithValues: [
                function("print") { args in
                    try args.expect("print", 0, Int.max, keywords: ["sep", "end", "flush"])
                    let separator = try args.keyword("sep").map { Self.isNone($0) ? " " : try rt.str($0) } ?? " "
                    let end = try args.keyword("end").map { Self.isNone($0) ? "\n" : try rt.str($0) } ?? "\n"
                    try rt.write(try args.positional.map { try rt.str($0) }.joined(separator: separator) + end)
                    return .none
                },
                function("len", one: { x in .int(try rt.length(of: x)) }) { args in
                    try args.expect("len", 1, 1)
                    return .int(try rt.length(of: args.positional[0]))
                },
                function("repr") { args in
                    try args.expect("repr", 1, 1)
                    return .string(try rt.repr(args.positional[0]))
                },
                function("abs") { args in
                    try args.expect("abs", 1, 1)
                    return try rt.absolute(args.positional[0])
                },
                function("round") { args in try Self.round(args) },
                function("isinstance", two: { x, type in .bool(try rt.isInstance(x, of: type)) }) { args in
                    try args.expect("isinstance", 2, 2)
                    return .bool(try rt.isInstance(args.positional[0], of: args.positional[1]))
                },
                function("issubclass") { args in
                    try args.expect("issubclass", 2, 2)
                    return .bool(try rt.isSubclass(args.positional[0], of: args.positional[1]))
                },
                function("divmod") { args in
                    try args.expect("divmod", 2, 2)
                    let (a, b) = (args.positional[0], args.positional[1])
                    if !(a.isIntLike && b.isIntLike), a.isNumber, b.asDouble == 0, b.isNumber {
                        throw PyError("ZeroDivisionError", "float divmod()")
                    }
                    if Interpreter.dispatchesThroughType(a) || Interpreter.dispatchesThroughType(b) {
                        return .tuple([try rt.binary(.floorDivide, a, b), try rt.binary(.modulo, a, b)])
                    }
                    return .tuple([try Operators.floorDivide(a, b), try Operators.modulo(a, b, limit: Int.max)])
                },
                function("pow") { args in
                    try args.expect("pow", 2, 2)
                    return try rt.binary(.power, args.positional[0], args.positional[1])
                },
                function("chr") { args in
                    let code = try args.requireInt(0, "chr")
                    guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, code))), code < 0x110000 else {
                        throw PyError.value("chr() arg not in range(0x110000)")
                    }
                    return .string(String(Character(scalar)))
                },
                function("ord") { args in
                    try args.expect("ord", 1, 1)
                    guard case .string(let s) = args.positional[0], s.unicodeScalars.count == 1,
                        let scalar = s.unicodeScalars.first
                    else {
                        throw PyError.type("ord() expected a character")
                    }
                    return .int(Int(scalar.value))
                },
                function("getattr") { args in
                    try args.expect("getattr", 2, 3)
                    guard case .string(let name) = args.positional[1] else {
                        throw PyError.type("attribute name must be string")
                    }
                    do { return try rt.attribute(of: args.positional[0], name) } catch let error as PyError
                        where error.kind == "AttributeError" && args.positional.count == 3
                    {
                        return args.positional[2]
                    }
                },
                function("hasattr") { args in
                    try args.expect("hasattr", 2, 2)
                    guard case .string(let name) = args.positional[1] else {
                        throw PyError.type("attribute name must be string")
                    }
                    do {
                        _ = try rt.attribute(of: args.positional[0], name)
                        return .bool(true)
                    } catch let error as PyError where error.kind == "AttributeError" {
                        return .bool(false)
                    }
                },
                function("callable") { args in
                    try args.expect("callable", 1, 1)
                    return .bool(rt.isCallable(args.positional[0]))
                },
            ])
    }

    static func isNone(_ object: Object) -> Bool { Interpreter.isNone(object) }

    /// Python's `round`: half to even; `round(x)` is an int, `round(x, n)` a float rounded in decimal.
    static func round(_ args: Arguments) throws -> Object {
        try args.expect("round", 1, 2, keywords: ["ndigits"])
        let x = args.positional[0]
        let digits = args.argument(1, "ndigits")
        if let digits, !isNone(digits) {
            guard digits.isIntLike, let n = digits.asInt else {
                throw PyError.type("'\(digits.typeName)' object cannot be interpreted as an integer")
            }
            switch x {
            case .int, .bool:
                guard n < 0, let i = x.asInt else { return .int(x.asInt ?? 0) }
                if n < -18 { return .int(0) }
                let scale = try Operators.integerPower(10, -n)
                let (q, r) = (Operators.floorDivision(i, scale), i - Operators.floorDivision(i, scale) * scale)
                let twice = r * 2
                let up = twice > scale || (twice == scale && q % 2 != 0)
                let (rounded, overflow) = (q + (up ? 1 : 0)).multipliedReportingOverflow(by: scale)
                if overflow { throw PyError.intOverflow }
                return .int(rounded)
            case .float(let d):
                if !d.isFinite { return .float(d) }
                if n >= 0 {
                    if n > 300 { return .float(d) }
                    return .float(Double(FormatSpec.fixed(d, n)) ?? d)
                }
                let scale = Foundation.pow(10.0, Double(-n))
                return .float((d / scale).rounded(.toNearestOrEven) * scale)
            default:
                throw PyError.type("type \(x.typeName) doesn't define __round__ method")
            }
        }
        switch x {
        case .int, .bool: return .int(x.asInt ?? 0)
        case .float(let d):
            if d.isNaN { throw PyError.value("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
            let rounded = d.rounded(.toNearestOrEven)
            guard let i = Int(exactly: rounded) else { throw PyError.intOverflow }
            return .int(i)
        default:
            throw PyError.type("type \(x.typeName) doesn't define __round__ method")
        }
    }
}
