/// XML escaping for every piece of text the math converter writes, so that TeX such as `<w|x>` or a stray
/// `&` can never break the page around it.
enum MathMarkup {
    /// `text` with `& < > " '` as entities, and characters XML forbids (C0 controls other than tab, line
    /// feed and carriage return, U+FFFE, U+FFFF) replaced by U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Writes `<name attributes>text</name>` with the text escaped; attribute values are trusted constants.
    static func writeLeaf(_ name: String, _ text: String, attributes: String = "", into out: inout String) {
        out += "<" + name + attributes + ">" + escape(text) + "</" + name + ">"
    }
}
