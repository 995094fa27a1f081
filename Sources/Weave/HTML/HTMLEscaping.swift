/// Escaping that makes any string literal text in HTML, in element content and in quoted attribute values.
///
/// Every string that comes from a lesson or from the engine (labels, printed text, errors, titles) passes here
/// before it joins a page, so `<script>` in a label shows as text and never runs.
public enum HTMLEscaping {
    /// The text with `&`, `<`, `>`, `"` and `'` written as character references.
    ///
    /// It walks Unicode scalars, not Characters: `"` followed by a combining mark is one Swift Character, yet to
    /// a browser it is still a quote that would end an attribute.
    public static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
