/// Python's `str.format`: `"{} {:.2f} {name!r}".format(a, b, name=c)`, with `{{` and `}}` for braces, and field
/// names with indexes and attributes (`"{0[1]}"`, `"{p.real}"`, `"{d[key]}"`).
enum StringFormat {
    static func format(_ template: String, _ arguments: Arguments, _ rt: Interpreter) throws -> String {
        var out = ""
        var automatic = 0
        var usedAutomatic = false
        var usedManual = false
        var chars = template[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "}" {
                guard chars.first == "}" else { throw PyError.value("Single '}' encountered in format string") }
                chars = chars.dropFirst()
                out.append("}")
                continue
            }
            guard c == "{" else {
                out.append(c)
                continue
            }
            if chars.first == "{" {
                chars = chars.dropFirst()
                out.append("{")
                continue
            }
            guard let close = chars.firstIndex(of: "}") else {
                throw PyError.value("Single '{' encountered in format string")
            }
            let field = chars[..<close]
            chars = chars[chars.index(after: close)...]
            var spec = ""
            var head = field
            if let colon = field.firstIndex(of: ":") {
                spec = String(field[field.index(after: colon)...])
                head = field[..<colon]
            }
            var conversion: Character?
            if let bang = head.firstIndex(of: "!") {
                conversion = head[head.index(after: bang)...].first
                head = head[..<bang]
            }
            let nameEnd = head.firstIndex { $0 == "." || $0 == "[" } ?? head.endIndex
            let first = head[..<nameEnd]
            var value: Object
            if first.isEmpty {
                if usedManual {
                    throw PyError.value("cannot switch from manual field specification to automatic field numbering")
                }
                usedAutomatic = true
                guard automatic < arguments.positional.count else {
                    throw PyError.index("Replacement index \(automatic) out of range for positional args tuple")
                }
                value = arguments.positional[automatic]
                automatic += 1
            } else if let i = Int(first) {
                if usedAutomatic {
                    throw PyError.value("cannot switch from automatic field numbering to manual field specification")
                }
                usedManual = true
                guard i >= 0, i < arguments.positional.count else {
                    throw PyError.index("Replacement index \(i) out of range for positional args tuple")
                }
                value = arguments.positional[i]
            } else {
                guard let keyword = arguments.keyword(String(first)) else {
                    throw PyError.key(.string(String(first)), repr: Object.quoted(String(first)))
                }
                value = keyword
            }
            value = try lookUp(head[nameEnd...], in: value, rt)
            if conversion == "r" || conversion == "a" { value = .string(try rt.repr(value)) }
            if conversion == "s" { value = .string(try rt.str(value)) }
            out += try rt.format(value, spec: spec)
        }
        return out
    }

    /// Follows a field name's `.attribute` and `[index]` parts: an index of digits is an int, anything else a
    /// string key, as Python reads them.
    private static func lookUp(_ path: Substring, in value: Object, _ rt: Interpreter) throws -> Object {
        var value = value
        var rest = path
        while let c = rest.first {
            rest = rest.dropFirst()
            if c == "." {
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                let name = String(rest[..<end])
                if name.isEmpty { throw PyError.value("Empty attribute in format string") }
                value = try rt.attribute(of: value, name)
                rest = rest[end...]
            } else if c == "[" {
                guard let close = rest.firstIndex(of: "]") else {
                    throw PyError.value("Missing ']' in format string")
                }
                let key = String(rest[..<close])
                if key.isEmpty { throw PyError.value("Empty attribute in format string") }
                value = try rt.item(of: value, Int(key).map(Object.int) ?? .string(key))
                rest = rest[rest.index(after: close)...]
            } else {
                throw PyError.value("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return value
    }
}
