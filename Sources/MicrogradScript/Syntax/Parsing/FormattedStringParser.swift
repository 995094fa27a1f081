/// Splits an f-string's body into literal text and `{expression!conversion:spec}` fields, Python 3.11's way:
/// `{{` and `}}` are braces, a field's expression ends at a top-level `!`, `:`, `=` or `}`, and a spec may hold
/// fields of its own, one level deep.
struct FormattedStringParser {
    private let literal: StringLiteral
    private let token: Token

    init(literal: StringLiteral, token: Token) {
        self.literal = literal
        self.token = token
    }

    /// The parts of the whole body; `parser` parses the embedded expressions.
    mutating func parse(with parser: inout ProgramParser) throws -> [FormattedStringPart] {
        let (parts, _) = try parseParts(from: literal.body.lowerBound, inSpec: false, specDepth: 0, parser: &parser)
        return parts
    }

    private func scalar(_ offset: Int, _ parser: ProgramParser) -> Unicode.Scalar? {
        offset < literal.body.upperBound ? parser.source[offset] : nil
    }

    private func error(_ message: String, at offset: Int, _ parser: ProgramParser) -> Diagnostic {
        parser.syntaxError("f-string: \(message)", at: parser.source.position(of: offset))
    }

    /// Literal text and fields from `start` to the end of the body, or (in a spec) to its closing `}`.
    private mutating func parseParts(
        from start: Int, inSpec: Bool, specDepth: Int, parser: inout ProgramParser
    ) throws -> ([FormattedStringPart], Int) {
        var parts: [FormattedStringPart] = []
        var pending: [Unicode.Scalar] = []
        var offset = start
        func flush() throws {
            guard !pending.isEmpty else { return }
            switch StringDecoder.decode(pending[...], raw: literal.isRaw) {
            case .success(let text): ProgramParser.append([.literal(text)], to: &parts)
            case .failure(let failure): throw parser.syntaxError(failure.message, at: token.position)
            }
            pending.removeAll()
        }
        while let current = scalar(offset, parser) {
            if current == "{" {
                if !inSpec, scalar(offset + 1, parser) == "{" {
                    pending.append("{")
                    offset += 2
                    continue
                }
                try flush()
                let (fieldParts, end) = try parseField(openAt: offset, specDepth: specDepth, parser: &parser)
                ProgramParser.append(fieldParts, to: &parts)
                offset = end
            } else if current == "}" {
                if inSpec { break }
                guard scalar(offset + 1, parser) == "}" else {
                    throw error("single '}' is not allowed", at: offset, parser)
                }
                pending.append("}")
                offset += 2
            } else {
                pending.append(current)
                offset += 1
            }
        }
        try flush()
        return (parts, offset)
    }

    /// One `{…}` field starting at `openAt`; returns its parts (with the `x=` text of a debug field) and the
    /// offset after its `}`.
    private mutating func parseField(
        openAt: Int, specDepth: Int, parser: inout ProgramParser
    ) throws -> ([FormattedStringPart], Int) {
        guard specDepth < 2 else { throw error("expressions nested too deeply", at: openAt, parser) }
        let expressionStart = openAt + 1
        let (expressionEnd, isDebug) = try findExpressionEnd(from: expressionStart, openAt: openAt, parser)
        let text = parser.source.text(expressionStart..<expressionEnd)
        if text.allSatisfy(\.isWhitespace) {
            throw error("empty expression not allowed", at: openAt, parser)
        }
        let expression = try parser.parseEmbeddedExpression(from: expressionStart, to: expressionEnd)
        var offset = expressionEnd
        var parts: [FormattedStringPart] = []
        if isDebug {
            offset += 1
            while let next = scalar(offset, parser), next == " " { offset += 1 }
            parts.append(.literal(parser.source.text(expressionStart..<offset)))
        }
        var conversion: FormattedValue.Conversion?
        if scalar(offset, parser) == "!" {
            guard let letter = scalar(offset + 1, parser), let found = FormattedValue.Conversion(rawValue: Character(letter))
            else {
                throw error("invalid conversion character: expected 's', 'r', or 'a'", at: offset + 1, parser)
            }
            conversion = found
            offset += 2
        }
        var spec: [FormattedStringPart] = []
        if scalar(offset, parser) == ":" {
            (spec, offset) = try parseParts(from: offset + 1, inSpec: true, specDepth: specDepth + 1, parser: &parser)
        }
        guard scalar(offset, parser) == "}" else { throw error("expecting '}'", at: openAt, parser) }
        if isDebug, conversion == nil, spec.isEmpty { conversion = .repr }
        parts.append(.interpolation(FormattedValue(expression: expression, conversion: conversion, formatSpec: spec)))
        return (parts, offset + 1)
    }

    /// Where a field's expression ends: the first top-level `}`, `!` (not `!=`), `:` or debug `=`.
    private func findExpressionEnd(
        from start: Int, openAt: Int, _ parser: ProgramParser
    ) throws -> (Int, isDebug: Bool) {
        var depth = 0
        var quote: Unicode.Scalar?
        var offset = start
        while let current = scalar(offset, parser) {
            defer { offset += 1 }
            if let open = quote {
                if current == open { quote = nil }
                continue
            }
            switch current {
            case "'", "\"": quote = current
            case "\\": throw error("expression part cannot include a backslash", at: offset, parser)
            case "#": throw error("expression part cannot include '#'", at: offset, parser)
            case "(", "[", "{": depth += 1
            case ")", "]": depth -= 1
            case "}":
                if depth == 0 { return (offset, false) }
                depth -= 1
            case "!" where depth == 0 && scalar(offset + 1, parser) != "=":
                return (offset, false)
            case ":" where depth == 0:
                return (offset, false)
            case "=" where depth == 0:
                let next = scalar(offset + 1, parser)
                let before = offset > start ? parser.source[offset - 1] : nil
                if next == "=" || ["=", "!", "<", ">"].contains(before) {
                    if next == "=" { offset += 1 }
                    continue
                }
                var after = offset + 1
                while let blank = scalar(after, parser), blank == " " { after += 1 }
                if let stop = scalar(after, parser), stop == "}" || stop == "!" || stop == ":" {
                    return (offset, true)
                }
            default:
                break
            }
        }
        throw error("expecting '}'", at: openAt, parser)
    }
}
