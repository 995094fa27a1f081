extension TeXParser {
    /// Reads the argument of `\text{…}` (or `\textbf`, `\mbox`, …) as text: spaces count, `\{ \} \$ \% \& \_ \#`
    /// are the characters themselves, and leading or trailing spaces become no-break spaces so MathML keeps them.
    mutating func parseText(command: String, alphabet: MathAlphabet?) -> MathNode {
        skipSpaces()
        var raw = ""
        switch peek() {
        case .openBrace:
            advance()
            raw = readTextGroup()
        case .character(let character):
            advance()
            raw = String(character)
        default:
            warn("missing argument for \\\(command)")
        }
        let mapped = alphabet.map { $0 == .roman ? raw : $0.map(raw) } ?? raw
        return .text(Self.keepingOuterSpaces(mapped))
    }

    /// The text up to the brace that closes the group just opened; braces inside only group.
    private mutating func readTextGroup() -> String {
        var text = ""
        var openGroups = 1
        while let token = peek() {
            advance()
            switch token {
            case .openBrace: openGroups += 1
            case .closeBrace:
                openGroups -= 1
                if openGroups == 0 { return text }
            case .character(let character): text.append(character)
            case .space: text += " "
            case .superscriptMark: text += "^"
            case .subscriptMark: text += "_"
            case .alignmentTab: text += "&"
            case .command(let name):
                if let escaped = Self.textEscapes[name] {
                    text += escaped
                } else {
                    warn("unsupported TeX command \\\(name) in text")
                    text += "\\" + name
                }
            }
        }
        warn("unbalanced braces: missing }")
        return text
    }

    private static let textEscapes: [String: String] = [
        "{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "_": "_", "#": "#", " ": " ", "\\": " ",
        ",": "\u{2009}", ";": " ", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}", "textbackslash": "\\",
        "ldots": "\u{2026}", "dots": "\u{2026}",
    ]

    /// `text` with its leading and trailing spaces as U+00A0, which `<mtext>` does not trim.
    static func keepingOuterSpaces(_ text: String) -> String {
        let body = text.trimmingSpaces()
        guard !body.isEmpty else { return String(repeating: "\u{A0}", count: text.count) }
        let leading = text.prefix { $0 == " " }.count
        let trailing = text.reversed().prefix { $0 == " " }.count
        return String(repeating: "\u{A0}", count: leading) + body + String(repeating: "\u{A0}", count: trailing)
    }
}

fileprivate extension String {
    /// The string without leading and trailing ASCII spaces (no Foundation needed).
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else {
            return ""
        }
        return String(self[first...last])
    }
}
