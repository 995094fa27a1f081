/// Python's `str.format`: `"{} {:.2f} {name!r}".format(a, b, name=c)`, with `{{` and `}}` for braces.
enum StringFormat {
    static func format(_ template: String, _ arguments: Arguments) throws -> String {
        var out = ""
        var automatic = 0
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
            let value: Object
            if head.isEmpty {
                guard automatic < arguments.positional.count else {
                    throw PyError.index("Replacement index \(automatic) out of range for positional args tuple")
                }
                value = arguments.positional[automatic]
                automatic += 1
            } else if let i = Int(head) {
                guard i >= 0, i < arguments.positional.count else {
                    throw PyError.index("Replacement index \(i) out of range for positional args tuple")
                }
                value = arguments.positional[i]
            } else {
                guard let keyword = arguments.keyword(String(head)) else { throw PyError("KeyError", "'\(head)'") }
                value = keyword
            }
            var shown = value
            if conversion == "r" { shown = .string(value.repr) }
            if conversion == "s" { shown = .string(value.str) }
            out += try FormatSpec.format(shown, spec: spec)
        }
        return out
    }
}
