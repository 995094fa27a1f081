extension Tokenizer {
    /// The parser's token for a name, number, string or symbol, with brackets checked and numbers converted.
    mutating func contentToken(_ raw: RawToken) throws -> Token {
        let text = source.text(raw.range)
        switch raw.kind {
        case .name:
            return makeToken(Vocabulary.keywords.contains(text) ? .keyword : .name, raw.range, text: text)
        case .number:
            return makeToken(try number(text, raw), raw.range, text: text)
        case .string:
            return makeToken(.string(stringLiteral(raw)), raw.range, text: text)
        default:
            try trackBracket(text, at: raw.range.lowerBound)
            return makeToken(.operator, raw.range, text: text)
        }
    }

    private mutating func trackBracket(_ text: String, at offset: Int) throws {
        let position = source.position(of: offset)
        switch text {
        case "(", "[", "{":
            guard brackets.count < limits.nestingDepth else {
                throw syntaxError("too many nested parentheses", at: position)
            }
            brackets.append((text, position))
        case ")", "]", "}":
            guard let open = brackets.popLast() else {
                throw syntaxError("unmatched '\(text)'", at: position)
            }
            let expected = open.scalar == "(" ? ")" : open.scalar == "[" ? "]" : "}"
            if text != expected {
                let place = open.position.line == position.line ? "" : " on line \(scanner.source.numbered(open.position.line))"
                throw syntaxError(
                    "closing parenthesis '\(text)' does not match opening parenthesis '\(open.scalar)'\(place)",
                    at: position)
            }
        default:
            return
        }
    }

    private func number(_ text: String, _ raw: RawToken) throws -> Token.Kind {
        let digits = text.filter { $0 != "_" }
        let lowered = digits.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lowered.hasPrefix(prefix) {
            guard let value = Int(lowered.dropFirst(2), radix: radix) else { throw tooLarge(raw) }
            return .integer(value)
        }
        if lowered.contains(where: { $0 == "." || $0 == "e" }) {
            guard let value = Double(lowered) else {
                throw syntaxError("invalid decimal literal", at: source.position(of: raw.range.lowerBound))
            }
            return .float(value)
        }
        guard let value = Int(lowered) else { throw tooLarge(raw) }
        return .integer(value)
    }

    private func tooLarge(_ raw: RawToken) -> Diagnostic {
        syntaxError(
            "integer literal is too large (Gradbook integers have 64 bits)",
            at: source.position(of: raw.range.lowerBound))
    }

    private func stringLiteral(_ raw: RawToken) -> StringLiteral {
        var quoteAt = raw.range.lowerBound
        while let scalar = source[quoteAt], scalar != "'", scalar != "\"" { quoteAt += 1 }
        let prefix = source.text(raw.range.lowerBound..<quoteAt).lowercased()
        let quote = source[quoteAt]
        let isTriple = source[quoteAt + 1] == quote && source[quoteAt + 2] == quote
            && raw.range.upperBound - quoteAt >= 6
        let quoteLength = isTriple ? 3 : 1
        let body = (quoteAt + quoteLength)..<max(quoteAt + quoteLength, raw.range.upperBound - quoteLength)
        return StringLiteral(
            isFormatted: prefix.contains("f"), isRaw: prefix.contains("r"), isBytes: prefix.contains("b"), body: body)
    }

    func makeToken(_ kind: Token.Kind, _ range: Range<Int>, text: String) -> Token {
        Token(kind: kind, text: text, position: source.position(of: range.lowerBound), range: range)
    }

    func syntaxError(_ message: String, at position: SourcePosition) -> Diagnostic {
        Diagnostic(
            line: position.line, column: position.column, kind: "SyntaxError",
            message: isEmbedded ? "f-string: \(message)" : message)
    }

    func error(_ problem: LexicalProblem, in raw: RawToken) -> Diagnostic {
        var offset = raw.range.lowerBound
        if case .message(_, let at) = problem { offset = at }
        if case .unexpectedEndOfFile = problem { offset = raw.range.upperBound }
        return syntaxError(problem.message, at: source.position(of: offset))
    }
}
