/// Cuts source into raw tokens, trivia and mistakes included. Never fails and never stops early: a stretch it
/// rejects becomes a token carrying a `LexicalProblem`, so highlighting works on any text. One pass, O(n).
struct Scanner {
    let source: SourceText
    var offset: Int
    /// Where scanning stops: the end of the source, or the end of an f-string's `{…}`.
    let limit: Int

    /// Starts scanning `source` at `offset`, up to `limit` (the end by default).
    init(_ source: SourceText, from offset: Int = 0, upTo limit: Int? = nil) {
        self.source = source
        self.offset = offset
        self.limit = min(limit ?? source.count, source.count)
    }

    /// The scalar at `offset`, or `nil` outside the scanned stretch.
    subscript(offset: Int) -> Unicode.Scalar? {
        offset < limit ? source[offset] : nil
    }

    /// The next raw token, or `nil` at the end.
    mutating func next() -> RawToken? {
        guard let scalar = self[offset] else { return nil }
        let start = offset
        let kind: RawToken.Kind
        var problem: LexicalProblem?
        switch scalar {
        case " ", "\t", "\u{0C}":
            while let next = self[offset], next == " " || next == "\t" || next == "\u{0C}" { offset += 1 }
            kind = .whitespace
        case "\n":
            offset += 1
            kind = .newline
        case "\r":
            offset += self[offset + 1] == "\n" ? 2 : 1
            kind = .newline
        case "#":
            while let next = self[offset], next != "\n", next != "\r" { offset += 1 }
            kind = .comment
        case "\\":
            (kind, problem) = scanContinuation()
        case "'", "\"":
            problem = scanString(quoteAt: offset)
            kind = .string
        case "0"..."9":
            problem = scanNumber()
            kind = .number
        case "." where self[offset + 1].map(Self.isDigit) ?? false:
            problem = scanNumber()
            kind = .number
        default:
            if Self.isIdentifierStart(scalar) {
                while let next = self[offset], Self.isIdentifierContinue(next) { offset += 1 }
                let word = source.text(start..<offset).lowercased()
                if let quote = self[offset], quote == "'" || quote == "\"", Vocabulary.stringPrefixes.contains(word) {
                    problem = scanString(quoteAt: offset)
                    kind = .string
                } else {
                    kind = .name
                }
            } else if let symbol = scanSymbol() {
                kind = symbol
            } else {
                offset += 1
                kind = .error
                problem = .message(Self.invalidCharacterMessage(scalar), offset: start)
            }
        }
        return RawToken(kind: kind, range: start..<offset, problem: problem)
    }

    /// `\` then a newline joins lines; anything else after it is an error.
    private mutating func scanContinuation() -> (RawToken.Kind, LexicalProblem?) {
        offset += 1
        switch self[offset] {
        case "\n":
            offset += 1
        case "\r":
            offset += self[offset + 1] == "\n" ? 2 : 1
        case nil:
            return (.continuation, .unexpectedEndOfFile)
        default:
            return (.error, .message("unexpected character after line continuation character", offset: offset - 1))
        }
        return (.continuation, nil)
    }

    /// Operators and punctuation, longest match first; `nil` when the scalar starts neither. Symbols are looked
    /// up by their ASCII bytes packed into an integer, so scanning one allocates nothing.
    private mutating func scanSymbol() -> RawToken.Kind? {
        var length = 3
        while length > 0 {
            defer { length -= 1 }
            var key = UInt32(length) << 24
            var index = 0
            while index < length, let scalar = self[offset + index], scalar.isASCII {
                key |= scalar.value << (8 * UInt32(index))
                index += 1
            }
            if index == length, let kind = Self.symbolKinds[key] {
                offset += length
                return kind
            }
        }
        return nil
    }

    /// Every symbol's packed bytes and its kind.
    private static let symbolKinds: [UInt32: RawToken.Kind] = {
        var kinds: [UInt32: RawToken.Kind] = [:]
        for (symbols, kind) in [(punctuation, RawToken.Kind.punctuation), (operators, .operator)] {
            for symbol in symbols {
                var key = UInt32(symbol.unicodeScalars.count) << 24
                for (index, scalar) in symbol.unicodeScalars.enumerated() {
                    key |= scalar.value << (8 * UInt32(index))
                }
                kinds[key] = kind
            }
        }
        return kinds
    }()

    static let punctuation: Set<String> = ["(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "...", "->"]
    static let operators: Set<String> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "=",
        "**", "//", "==", "!=", "<=", ">=", "<<", ">>", ":=",
        "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=",
        "**=", "//=", "<<=", ">>=",
    ]

    /// Python's words for a scalar that starts no token.
    static func invalidCharacterMessage(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII, scalar.value >= 0x20, scalar.value < 0x7F {
            return "invalid syntax"
        }
        if scalar == "\0" {
            return "source code cannot contain null bytes"
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let shown = scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            ? "\\u\(code)" : String(scalar)
        return "invalid character '\(shown)' (U+\(code))"
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
        }
        return scalar.properties.isXIDStart
    }

    static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return isIdentifierStart(scalar) || isDigit(scalar)
        }
        return scalar.properties.isXIDContinue
    }
}
