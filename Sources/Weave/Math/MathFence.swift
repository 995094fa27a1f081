/// `\left( … \right)`: an `<mrow>` whose outer delimiters stretch to the height of what they enclose.
struct MathFence: Equatable {
    var open: MathOperator?
    var body: [MathNode]
    var close: MathOperator?

    /// A delimiter that stretches; `side` tells MathML which end of the fence it is on.
    static func delimiter(_ text: String, side: MathOperator.Form) -> MathOperator {
        let kind: MathOperator.Kind = switch side {
        case .prefix: .open
        case .postfix: .close
        case .infix: .relation
        }
        let unusual = text == "/" || text == "\\"
        return MathOperator(
            text: text, kind: kind, form: side, fence: true, stretchy: unusual || side == .infix ? true : nil)
    }

    func write(into out: inout String) {
        out += "<mrow>"
        open?.write(into: &out)
        MathNode.writeRow(body, into: &out)
        close?.write(into: &out)
        out += "</mrow>"
    }
}

extension TeXParser {
    /// Reads what follows `\left`: a delimiter, the body, `\right` and its delimiter.
    mutating func parseFence() -> MathNode {
        let open = readDelimiter(after: "left").map { MathFence.delimiter($0, side: .prefix) }
        let fence = nested { parser -> MathNode in
            let body = parser.parseRow(until: .right)
            var close: MathOperator? = nil
            if parser.peek() == .command("right") {
                parser.advance()
                close = parser.readDelimiter(after: "right").map { MathFence.delimiter($0, side: .postfix) }
            } else {
                parser.warn("missing \\right after \\left")
            }
            return .fenced(MathFence(open: open, body: body, close: close))
        }
        return fence ?? .error("\\left")
    }

    /// Reads `\middle`'s or a stray `\right`'s delimiter as a stretchy operator inside the row.
    mutating func parseLoneDelimiter(after command: String) -> MathNode? {
        guard let text = readDelimiter(after: command) else { return nil }
        return .operator(MathFence.delimiter(text, side: .infix))
    }

    /// Reads `\big(` and its siblings: a delimiter at a fixed size.
    mutating func parseSizedDelimiter(command: String, size: String) -> MathNode? {
        guard let text = readDelimiter(after: command) else { return nil }
        let side: MathOperator.Form? = command.hasSuffix("l") ? .prefix : command.hasSuffix("r") ? .postfix : nil
        let kind: MathOperator.Kind = side == .prefix ? .open : side == .postfix ? .close : .ordinary
        return .operator(MathOperator(text: text, kind: kind, form: side, stretchy: true, size: size))
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`: its text, `nil` for `.` (none) or for a
    /// token that is not a delimiter (reported, and left to be read as math).
    mutating func readDelimiter(after command: String) -> String? {
        skipSpaces()
        let text: String?
        switch peek() {
        case .character(let character): text = TeXSymbols.delimiterCharacters[character]
        case .command(let name): text = TeXSymbols.delimiterCommands[name]
        default: text = nil
        }
        guard let text else {
            warn("missing delimiter after \\\(command)")
            return nil
        }
        advance()
        return text.isEmpty ? nil : text
    }
}
