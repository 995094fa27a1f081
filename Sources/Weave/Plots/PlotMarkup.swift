/// XML text for the plot's SVG: escaping of user strings and the spelling of attributes.
///
/// Titles and labels come from lessons, so they may hold anything: `<script>` must show as text, quotes must not
/// end an attribute, and control characters (which XML forbids) are dropped.
enum PlotMarkup {
    /// Character data: `&`, `<` and `>` escaped; line breaks become spaces because SVG text is one line.
    static func text(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            default:
                if isForbiddenInXML(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An attribute value, quoted: the same escaping as `text`, which already covers both quote characters.
    static func quoted(_ raw: String) -> String {
        "\"" + text(raw) + "\""
    }

    /// C0 controls other than tab and line breaks, C1 controls, and the two non-characters XML 1.0 excludes.
    private static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }
}
