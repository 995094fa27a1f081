/// Writes JSON the way Jupyter does (`json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False,
/// separators=(",", ": "))`), so a notebook Gradbook writes is byte for byte what nbformat writes for it.
///
/// Members are written in the order they are held; `sortingKeys` orders them as Python does (by code point).
/// Strings escape what Python's encoder escapes with `ensure_ascii=False`: `"`, `\`, and the control
/// characters below U+0020 (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00XX`); everything else is written as is.
public enum JSONWriter {
    /// `value` as text: `indent` per level (one space, as Jupyter writes), starting `depth` levels in; nil
    /// `indent` writes it on one line with `", "` and `": "` between items.
    public static func text(_ value: JSONValue, indent: String? = " ", depth: Int = 0) -> String {
        var output = ""
        write(value, indent: indent, depth: depth, into: &output)
        return output
    }

    /// `value` with every object's members sorted by key, as `sort_keys=True` orders them.
    public static func sortingKeys(_ value: JSONValue) -> JSONValue {
        switch value.kind {
        case .array(let elements): return .array(elements.map(sortingKeys))
        case .object(let members):
            let sorted = members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            return .object(sorted.map { JSONMember($0.key, sortingKeys($0.value)) })
        default: return value
        }
    }

    private static func write(_ value: JSONValue, indent: String?, depth: Int, into output: inout String) {
        switch value.kind {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let spelling): output += spelling
        case .string(let text): quote(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "["
            for (offset, element) in elements.enumerated() {
                separate(first: offset == 0, indent, depth + 1, into: &output)
                write(element, indent: indent, depth: depth + 1, into: &output)
            }
            close(indent, depth, into: &output)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (offset, member) in members.enumerated() {
                separate(first: offset == 0, indent, depth + 1, into: &output)
                quote(member.key, into: &output)
                output += ": "
                write(member.value, indent: indent, depth: depth + 1, into: &output)
            }
            close(indent, depth, into: &output)
            output += "}"
        }
    }

    /// Before an item: `,` after the previous one, then a new line indented `depth` levels (or a space).
    private static func separate(first: Bool, _ indent: String?, _ depth: Int, into output: inout String) {
        if !first { output += "," }
        guard let indent else {
            if !first { output += " " }
            return
        }
        output += "\n"
        for _ in 0..<depth { output += indent }
    }

    /// Before a closing bracket: a new line indented `depth` levels (nothing on one line).
    private static func close(_ indent: String?, _ depth: Int, into output: inout String) {
        guard let indent else { return }
        output += "\n"
        for _ in 0..<depth { output += indent }
    }

    /// `text` as a JSON string literal, escaped as Python's `json` module escapes it with `ensure_ascii=False`.
    public static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let digits = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
