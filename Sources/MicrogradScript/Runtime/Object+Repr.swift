import Micrograd

extension Object {
    /// Python's `repr(x)` for built-in objects, without running lesson code: a lesson's object shows as its
    /// class's default. `Interpreter.repr` is the full protocol; this serves messages made where no interpreter is
    /// at hand.
    var repr: String {
        var seen: [ObjectIdentifier] = []
        return repr(seen: &seen)
    }

    /// Python's `str(x)`: what `print` shows.
    var str: String {
        switch self {
        case .string(let s): return s
        default: return repr
        }
    }

    /// `repr` that prints a container already being printed as `[...]`, as Python does for `a.append(a)`.
    func repr(seen: inout [ObjectIdentifier]) -> String {
        // Python raises RecursionError for absurdly nested containers; Gradbook elides them, so printing can
        // never exhaust the native stack.
        if seen.count > Self.maximumReprDepth { return "..." }
        switch self {
        case .none, .unbound: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PythonFloat.repr(d)
        case .string(let s): return Self.quoted(s)
        case .list(let list):
            let id = ObjectIdentifier(list)
            if seen.contains(id) { return "[...]" }
            seen.append(id)
            defer { seen.removeLast() }
            return "[" + list.items.map { $0.repr(seen: &seen) }.joined(separator: ", ") + "]"
        case .tuple(let tuple):
            seen.append(ObjectIdentifier(tuple))
            defer { seen.removeLast() }
            if tuple.count == 1 { return "(" + tuple[0].repr(seen: &seen) + ",)" }
            return "(" + tuple.items.map { $0.repr(seen: &seen) }.joined(separator: ", ") + ")"
        case .dict(let dict):
            let id = ObjectIdentifier(dict)
            if seen.contains(id) { return "{...}" }
            seen.append(id)
            defer { seen.removeLast() }
            var parts: [String] = []
            for (key, value) in dict.entries {
                parts.append(key.repr(seen: &seen) + ": " + value.repr(seen: &seen))
            }
            return "{" + parts.joined(separator: ", ") + "}"
        case .set(let set):
            if set.count == 0 { return "set()" }
            return "{" + set.elements.map { $0.repr(seen: &seen) }.joined(separator: ", ") + "}"
        case .range(let r):
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case .iterator(let iterator): return "<\(iterator.typeName) object>"
        case .function(let f): return "<function \(f.code.qualifiedName)>"
        case .builtin(let b): return "<built-in function \(b.name)>"
        case .boundMethod(let m): return "<bound method \(m.receiver.typeName).\(m.name)>"
        case .module(let m): return "<module '\(m.name)'>"
        case .type(let type):
            return type.module == "builtins" ? "<class '\(type.name)'>" : "<class '\(type.module).\(type.qualifiedName)'>"
        case .instance(let instance): return "<\(instance.type.module).\(instance.type.qualifiedName) object>"
        case .native(let native): return "<\(native.type.name) object>"
        case .notImplemented: return "NotImplemented"
        case .ellipsis: return "Ellipsis"
        case .value(let v): return v.description
        case .neuron(let n): return n.description
        case .layer(let l): return l.description
        case .mlp(let m): return m.description
        }
    }

    /// How deeply nested containers are shown before `...` stands for the rest.
    static let maximumReprDepth = 500

    /// A string literal as Python's `repr` writes it: single quotes unless the text holds a single quote and no
    /// double quote, with backslash escapes for control characters.
    static func quoted(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if scalar.value < 0x20 || scalar.value == 0x7f {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }
}
