extension TeXParser {
    /// Reads one atom: a character, a braced group or a command with its arguments. Always reads at least
    /// one token; returns nil for tokens that show nothing (`\nonumber`, `\label{…}`).
    /// - Parameter wholeNumber: `false` when reading an argument, where TeX takes a single digit (`\frac12`).
    mutating func parseAtom(wholeNumber: Bool = true) -> MathNode? {
        guard let token = peek() else { return nil }
        advance()
        switch token {
        case .character(let character):
            return parseCharacter(character, wholeNumber: wholeNumber)
        case .openBrace:
            return parseGroupBody()
        case .command(let name):
            return parseCommand(name)
        case .closeBrace, .superscriptMark, .subscriptMark, .alignmentTab, .space:
            return nil
        }
    }

    /// Reads a command's argument: a braced group or a single token (one digit, one letter, one command).
    /// - Parameter command: the command's name as the warning should show it, e.g. `frac` or `^`.
    mutating func parseArgument(of command: String) -> MathNode {
        skipSpaces()
        guard let token = peek(), token.canStartArgument else {
            warn("missing argument for \(command.first?.isTeXLetter == true ? "\\" : "")\(command)")
            return .row([])
        }
        if let argument = nested({ parser in parser.parseAtom(wholeNumber: false) }) {
            return argument ?? .row([])
        }
        skipArgument()
        return .error("…")
    }

    /// Reads what follows `{`, up to its `}`.
    private mutating func parseGroupBody() -> MathNode {
        guard let nodes = nested({ parser in parser.parseRow(until: .closingBrace) }) else {
            skipToClosingBrace()
            return .error("…")
        }
        if peek() == .closeBrace {
            advance()
        } else {
            warn("unbalanced braces: missing }")
        }
        return .row(nodes)
    }

    private mutating func parseCharacter(_ character: Character, wholeNumber: Bool) -> MathNode {
        if character.isASCII, character.isNumber {
            var digits = String(character)
            if wholeNumber { digits += readRestOfNumber() }
            return .number(alphabet.map { $0.map(digits) } ?? digits)
        }
        if character.isLetter {
            let text = String(character)
            return .identifier(alphabet.map { $0.map(text) } ?? text, upright: alphabet?.needsUprightVariant ?? false)
        }
        if character == "~" { return .space(width: "0.3333em") }
        if let symbol = TeXSymbols.characterOperator(character) { return .operator(symbol) }
        return .identifier(String(character), upright: false)
    }

    /// The digits, and one decimal point followed by digits, after a number's first digit.
    private mutating func readRestOfNumber() -> String {
        var digits = ""
        var seenPoint = false
        while case .character(let next) = peek() {
            if next.isASCII, next.isNumber {
                digits.append(next)
            } else if next == ".", !seenPoint, position + 1 < tokens.count,
                      case .character(let after) = tokens[position + 1], after.isASCII, after.isNumber {
                seenPoint = true
                digits.append(next)
            } else {
                break
            }
            advance()
        }
        return digits
    }

    /// Handles a closer that no enclosing construct waits for: reports it, and shows what TeX would.
    /// Returns nil when `token` is not a closer.
    mutating func parseStray(_ token: TeXToken) -> [MathNode]? {
        switch token {
        case .closeBrace:
            warn("unbalanced braces: unexpected }")
        case .alignmentTab:
            warn("& outside a table")
        case .command("\\"):
            warn("line break \\\\ outside a table")
        case .command("right"):
            advance()
            warn("\\right without \\left")
            return parseLoneDelimiter(after: "right").map { [$0] } ?? []
        case .command("end"):
            advance()
            warn("\\end{\(readEnvironmentName())} without \\begin")
            return []
        default:
            return nil
        }
        advance()
        return []
    }

    /// Skips one argument whose reading the nesting limit forbade.
    private mutating func skipArgument() {
        if peek() == .openBrace {
            advance()
            skipToClosingBrace()
        } else {
            advance()
        }
    }

    /// Skips past the `}` matching an already-read `{`, or to the end of input.
    private mutating func skipToClosingBrace() {
        var openGroups = 1
        while let token = peek() {
            advance()
            if token == .openBrace { openGroups += 1 }
            if token == .closeBrace {
                openGroups -= 1
                if openGroups == 0 { return }
            }
        }
    }
}

extension TeXToken {
    /// Whether this token can be a command's argument (closers, scripts and `&` cannot).
    var canStartArgument: Bool {
        switch self {
        case .character, .openBrace: true
        case .command(let name): name != "\\" && name != "end" && name != "right"
        case .closeBrace, .superscriptMark, .subscriptMark, .alignmentTab, .space: false
        }
    }
}
