import Foundation

extension BuiltinCatalogue {
    static func conversions(_ rt: Interpreter) -> [String: Object] {
        let borrowed = InterpreterReference(rt)
        unowned(unsafe) let rt = rt
        return Dictionary(
            uniqueKeysWithValues: [
                type(rt, "float",
                    one: { x in
                        if case .float = x { return x }
                        if case .int(let i) = x { return .float(Double(i)) }
                        return try float(Arguments([x]))
                    }, float),
                type(rt, "int") { args in
                    try args.expect("int", 0, 1)
                    guard let x = args.positional.first else { return .int(0) }
                    switch x {
                    case .int: return x
                    case .bool(let b): return .int(b ? 1 : 0)
                    case .float(let d):
                        if d.isNaN { throw PyError.value("cannot convert float NaN to integer") }
                        if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
                        guard let i = Int(exactly: d.rounded(.towardZero)) else { throw PyError.intOverflow }
                        return .int(i)
                    case .string(let s):
                        let trimmed = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
                        guard let i = Int(trimmed) else {
                            throw PyError.value("invalid literal for int() with base 10: \(Object.quoted(s))")
                        }
                        return .int(i)
                    default:
                        throw PyError.type(
                            "int() argument must be a string, a bytes-like object or a real number, not '\(x.typeName)'")
                    }
                },
                type(rt, "str") { args in
                    try args.expect("str", 0, 1)
                    return .string(try args.positional.first.map { try rt.str($0) } ?? "")
                },
                type(rt, "bool") { args in
                    try args.expect("bool", 0, 1)
                    return .bool(try args.positional.first.map { try rt.truth($0) } ?? false)
                },
                type(rt, "list", one: { x in .list(ListObject(try borrowed.elements(of: x))) }) { args in
                    try args.expect("list", 0, 1)
                    return .list(ListObject(try args.positional.first.map { try rt.elements(of: $0) } ?? []))
                },
                type(rt, "tuple") { args in
                    try args.expect("tuple", 0, 1)
                    return .tuple(try args.positional.first.map { try rt.elements(of: $0) } ?? [])
                },
                type(rt, "set") { args in
                    try args.expect("set", 0, 1)
                    return .set(try SetObject(try args.positional.first.map { try rt.elements(of: $0) } ?? [], rt))
                },
                type(rt, "dict") { args in
                    try args.expect("dict", 0, 1, keywords: args.keywords.map(\.name))
                    let dict = DictObject()
                    if let source = args.positional.first {
                        if case .dict(let other) = source {
                            for (k, v) in other.entries { try dict.set(k, v, rt) }
                        } else {
                            for (i, pair) in try rt.elements(of: source).enumerated() {
                                let items = try rt.elements(of: pair)
                                guard items.count == 2 else {
                                    throw PyError.value(
                                        "dictionary update sequence element #\(i) has length \(items.count); 2 is required")
                                }
                                try dict.set(items[0], items[1], rt)
                            }
                        }
                    }
                    for (name, value) in args.keywords { try dict.set(.string(name), value, rt) }
                    return .dict(dict)
                },
                type(rt, "range",
                    one: { x in
                        guard case .int(let stop) = x else { return try range(Arguments([x])) }
                        return .range(RangeObject(start: 0, stop: stop, step: 1))
                    }, range),
                type(rt, "object") { args in
                    try args.expect("object", 0, 0)
                    return .instance(Instance(type: rt.types.object, heap: rt.heap))
                },
            ])
    }

    /// `range(stop)`, `range(start, stop[, step])`.
    static func range(_ args: Arguments) throws -> Object {
        try args.expect("range", 1, 3)
        let numbers = try args.positional.indices.map { try args.requireInt($0, "range") }
        let start = numbers.count == 1 ? 0 : numbers[0]
        let stop = numbers.count == 1 ? numbers[0] : numbers[1]
        let step = numbers.count == 3 ? numbers[2] : 1
        if step == 0 { throw PyError.value("range() arg 3 must not be zero") }
        return .range(RangeObject(start: start, stop: stop, step: step))
    }

    /// `float()`, `float(x)`.
    static func float(_ args: Arguments) throws -> Object {
        try args.expect("float", 0, 1)
        guard let x = args.positional.first else { return .float(0) }
        switch x {
        case .float: return x
        case .int, .bool: return .float(x.asDouble ?? 0)
        case .string(let s): return .float(try parseFloat(s))
        default:
            throw PyError.type("float() argument must be a string or a real number, not '\(x.typeName)'")
        }
    }

    /// `float("…")` as Python reads it: decimal literals, `inf`, `nan`, surrounding whitespace, underscores.
    static func parseFloat(_ text: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        switch lowered {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        let allowed = Set("0123456789+-.eE_")
        if !trimmed.isEmpty, trimmed.allSatisfy({ allowed.contains($0) }),
            let value = Double(trimmed.replacingOccurrences(of: "_", with: ""))
        {
            return value
        }
        throw PyError.value("could not convert string to float: \(Object.quoted(text))")
    }
}
