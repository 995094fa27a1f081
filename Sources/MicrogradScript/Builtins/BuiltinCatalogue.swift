import Foundation

/// The names every cell sees without importing anything: Python's built-ins that lessons use, plus the engine's
/// `Value`, `Neuron`, `Layer`, `MLP` and the lesson helpers (`draw_dot`, `make_moons`, …).
///
/// There is deliberately no `open`, `eval`, `exec`, `__import__`, `input` or anything else that reaches files,
/// the network, processes, the clock or the environment: such names are simply not defined.
enum BuiltinCatalogue {
    static func make(_ rt: Interpreter) -> [String: Object] {
        var all: [String: Object] = [:]
        for group in [core(rt), conversions(rt), sequences(rt), engine(rt), lessonHelpers(rt)] {
            all.merge(group) { first, _ in first }
        }
        return all
    }

    /// Makes a `name: builtin` pair; `one` and `two` are its fast paths for one and two positional arguments (see
    /// `BuiltinFunction.one`).
    static func function(
        _ name: String, isType: Bool = false, one: ((Object) throws -> Object)? = nil,
        two: ((Object, Object) throws -> Object)? = nil, _ body: @escaping (Arguments) throws -> Object
    ) -> (String, Object) {
        (name, .builtin(BuiltinFunction(name, isType: isType, one: one, two: two, body)))
    }

    static func core(_ rt: Interpreter) -> [String: Object] {
        unowned(unsafe) let rt = rt
        return Dictionary(
            uniqueKeysWithValues: [
                function("print") { args in
                    try args.expect("print", 0, Int.max, keywords: ["sep", "end", "flush"])
                    let separator = args.keyword("sep").map { Self.isNone($0) ? " " : $0.str } ?? " "
                    let end = args.keyword("end").map { Self.isNone($0) ? "\n" : $0.str } ?? "\n"
                    try rt.write(args.positional.map(\.str).joined(separator: separator) + end)
                    return .none
                },
                function("len", one: length) { args in
                    try args.expect("len", 1, 1)
                    return try length(args.positional[0])
                },
                function("repr") { args in
                    try args.expect("repr", 1, 1)
                    return .string(args.positional[0].repr)
                },
                function("abs") { args in
                    try args.expect("abs", 1, 1)
                    switch args.positional[0] {
                    case .int(let i):
                        if i == Int.min { throw PyError.intOverflow }
                        return .int(abs(i))
                    case .bool(let b): return .int(b ? 1 : 0)
                    case .float(let d): return .float(abs(d))
                    default: throw PyError.type("bad operand type for abs(): '\(args.positional[0].typeName)'")
                    }
                },
                function("round") { args in try Self.round(args) },
                function("isinstance", two: { x, type in .bool(try Self.isInstance(x, of: type)) }) { args in
                    try args.expect("isinstance", 2, 2)
                    return .bool(try Self.isInstance(args.positional[0], of: args.positional[1]))
                },
                function("type") { args in
                    try args.expect("type", 1, 1)
                    return rt.typeObject(named: args.positional[0].typeName)
                },
                function("divmod") { args in
                    try args.expect("divmod", 2, 2)
                    let (a, b) = (args.positional[0], args.positional[1])
                    if !(a.isIntLike && b.isIntLike), a.isNumber, b.asDouble == 0, b.isNumber {
                        throw PyError("ZeroDivisionError", "float divmod()")
                    }
                    return .tuple([try Operators.floorDivide(a, b), try Operators.modulo(a, b, limit: Int.max)])
                },
                function("pow") { args in
                    try args.expect("pow", 2, 2)
                    return try Operators.power(args.positional[0], args.positional[1])
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
                    do { return try rt.attribute(of: args.positional[0], name) } catch {
                        if args.positional.count == 3 { return args.positional[2] }
                        throw error
                    }
                },
                function("hasattr") { args in
                    try args.expect("hasattr", 2, 2)
                    guard case .string(let name) = args.positional[1] else {
                        throw PyError.type("attribute name must be string")
                    }
                    return .bool((try? rt.attribute(of: args.positional[0], name)) != nil)
                },
                function("callable") { args in
                    try args.expect("callable", 1, 1)
                    switch args.positional[0] {
                    case .function, .builtin, .boundMethod, .neuron, .layer, .mlp: return .bool(true)
                    default: return .bool(false)
                    }
                },
            ])
    }

    static func isNone(_ object: Object) -> Bool { Interpreter.isNone(object) }

    /// `len(object)`.
    static func length(_ object: Object) throws -> Object {
        switch object {
        case .list(let l): return .int(l.items.count)
        case .tuple(let t): return .int(t.count)
        case .string(let s): return .int(s.count)
        case .dict(let d): return .int(d.count)
        case .set(let s): return .int(s.count)
        case .range(let r): return .int(r.count)
        default: throw PyError.type("object of type '\(object.typeName)' has no len()")
        }
    }

    /// `isinstance(x, T)` or `isinstance(x, (T1, T2))`; `bool` counts as an `int`, as in Python.
    static func isInstance(_ object: Object, of type: Object) throws -> Bool {
        switch type {
        case .tuple(let types): return try types.contains { try isInstance(object, of: $0) }
        case .builtin(let builtin) where builtin.isType:
            if builtin.name == "int", case .bool = object { return true }
            if builtin.name == "object" { return true }
            return object.typeName == builtin.name
        default:
            throw PyError.type("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }

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
