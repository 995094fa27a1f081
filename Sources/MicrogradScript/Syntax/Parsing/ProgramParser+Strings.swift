extension ProgramParser {
    /// One or more adjacent string literals, joined: a `.string`, or a `.formattedString` if any is an f-string.
    mutating func parseStrings() throws -> Expression {
        let first = try peek()
        var parts: [FormattedStringPart] = []
        var isFormatted = false
        while case .string(let literal) = try peek().kind {
            let token = try advance()
            if literal.isBytes {
                throw syntaxError("bytes literals are not supported in Gradbook cells", at: token.position)
            }
            if literal.isFormatted {
                isFormatted = true
                var formatted = FormattedStringParser(literal: literal, token: token)
                Self.append(try formatted.parse(with: &self), to: &parts)
            } else {
                switch StringDecoder.decode(source.scalars[literal.body], raw: literal.isRaw) {
                case .success(let text): Self.append([.literal(text)], to: &parts)
                case .failure(let failure): throw syntaxError(failure.message, at: token.position)
                }
            }
        }
        if isFormatted {
            return try node(.formattedString(parts), at: first.position)
        }
        let text = parts.map { part -> String in
            if case .literal(let text) = part { return text }
            return ""
        }.joined()
        return try node(.string(text), at: first.position)
    }

    /// Appends parts, merging neighbouring literal text and dropping empty literals.
    static func append(_ newParts: [FormattedStringPart], to parts: inout [FormattedStringPart]) {
        for part in newParts {
            if case .literal(let text) = part {
                if text.isEmpty { continue }
                if case .literal(let previous)? = parts.last {
                    parts[parts.count - 1] = .literal(previous + text)
                    continue
                }
            }
            parts.append(part)
        }
    }

    /// Parses the expression in an f-string's `{…}` between the offsets `start` and `end`, with a parser of its
    /// own over the same source (so positions stay the cell's). Errors read `f-string: …`, as in Python.
    mutating func parseEmbeddedExpression(from start: Int, to end: Int) throws -> Expression {
        let tokenizer = Tokenizer(source, limits: limits, from: start, upTo: end, embedded: true)
        var inner = ProgramParser(
            source: source, limits: limits, tokenizer: tokenizer, expressionNesting: expressionNesting + 1)
        do {
            let expression = try inner.parseStarExpressions()
            guard try inner.peek().kind == .end else { throw try inner.invalidSyntax() }
            return expression
        } catch var diagnostic as Diagnostic {
            if !diagnostic.message.hasPrefix("f-string: ") { diagnostic.message = "f-string: " + diagnostic.message }
            throw diagnostic
        }
    }
}
