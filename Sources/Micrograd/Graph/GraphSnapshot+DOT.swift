import Foundation

extension GraphSnapshot {
    /// The graph in Graphviz's DOT language, drawn like the lecture's `draw_dot`: left to right, a record per
    /// value (`label | data 2.0000 | grad 0.0000`) and an ellipse per operation, feeding the value it made.
    ///
    /// The text depends only on the snapshot, so the same graph always gives the same bytes. Any label is safe:
    /// `DOTEscaping` makes quotes, braces, bars, angle brackets, backslashes and newlines literal.
    public func dot() -> String {
        var lines = ["digraph {", "  graph [rankdir=LR];", "  node [fontname=\"Helvetica\", fontsize=11];"]
        for (index, node) in nodes.enumerated() {
            let record = "{ \(DOTEscaping.recordField(node.label)) | data \(Self.fixed4(node.data)) | grad \(Self.fixed4(node.grad)) }"
            lines.append("  v\(index) [shape=record, label=\(DOTEscaping.quoted(record))];")
            guard !node.op.isEmpty else { continue }
            lines.append("  v\(index)op [label=\(DOTEscaping.quoted(DOTEscaping.plainLabel(node.op)))];")
            lines.append("  v\(index)op -> v\(index);")
            var drawn = Set<Int>()
            for child in node.children where drawn.insert(child).inserted {
                lines.append("  v\(child) -> v\(index)op;")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Python's `"%.4f" % x`, which the lecture's drawing uses.
    static func fixed4(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return String(format: "%.4f", x)
    }
}

/// Escaping that turns any string into literal text inside a DOT label.
///
/// It works on Unicode scalars, not Characters: a quote or a brace followed by a combining mark is one Swift
/// Character, but Graphviz reads bytes, and the quote still needs its backslash.
public enum DOTEscaping {
    /// A DOT double-quoted string: a quote becomes `\"`. (The DOT scanner reads a backslash and the character after
    /// it as a pair, so the backslashes that `recordField` and `plainLabel` write never end the string.)
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// One field of a record label, shown literally: record syntax characters get a backslash,
    /// a backslash shows as itself, line breaks become centred breaks (`\n`), a NUL (which would end the
    /// C string Graphviz reads) shows as `\0`, and `&` is written `&amp;` because Graphviz decodes HTML entities
    /// in labels (`&lt;` would show as `<`).
    public static func recordField(_ text: String) -> String {
        escaped(text) { scalar, out in
            switch scalar {
            // A quote is left to `quoted`, which escapes it for the DOT string around the record.
            case "{", "}", "|", "<", ">", "\\": out += "\\" + String(scalar)
            default: return false
            }
            return true
        }
    }

    /// An ordinary (non-record) label, shown literally; a NUL shows as `\0`, and `&` is written `&amp;`.
    public static func plainLabel(_ text: String) -> String {
        escaped(text) { scalar, out in
            guard scalar == "\\" else { return false }
            out += "\\\\"
            return true
        }
    }

    /// The text with line breaks (`\n`, `\r\n`, `\r`) as `\n`, NULs as `\0`, tabs as spaces (a record field
    /// would lose them) and `&` as `&amp;`; `special`
    /// writes any other scalar it handles and returns true.
    private static func escaped(_ text: String, special: (Unicode.Scalar, inout String) -> Bool) -> String {
        var out = ""
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterCarriageReturn: continue
            case "\n", "\r": out += "\\n"
            case "\0": out += "\\\\0"
            case "\t": out += " "
            case "&": out += "&amp;"
            default: if !special(scalar, &out) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
