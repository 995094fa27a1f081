/// A piece of cell source classified for syntax highlighting. The tokens of `SourceToken.highlight(_:)` cover
/// the source exactly: joining their texts gives it back, byte for byte, whatever the input.
public struct SourceToken: Equatable, Sendable {
    /// What a token is, for colouring.
    public enum Kind: String, Equatable, Sendable {
        case keyword, builtin, name, number, string, comment, `operator`, punctuation, whitespace, error
    }

    /// The token's class.
    public var kind: Kind
    /// The exact source text of the token.
    public var text: String

    /// Makes a token.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

extension SourceToken {
    /// Splits source into highlight tokens with the language's own lexer. Never fails: text the lexer rejects
    /// (an unterminated string, a stray `$`, a malformed number) comes back as `.error` tokens. O(n).
    ///
    /// ```swift
    /// SourceToken.highlight("x = 1  # one").map(\.kind)
    /// // [.name, .whitespace, .operator, .whitespace, .number, .whitespace, .comment]
    /// ```
    public static func highlight(_ source: String) -> [SourceToken] {
        let text = SourceText(source)
        var scanner = Scanner(text)
        var tokens: [SourceToken] = []
        var afterDot = false
        while let raw = scanner.next() {
            let kind = classify(raw, text: text, afterDot: afterDot)
            tokens.append(SourceToken(kind: kind, text: text.text(raw.range)))
            if raw.kind != .whitespace, raw.kind != .continuation {
                afterDot = raw.kind == .punctuation && text.text(raw.range) == "."
            }
        }
        return tokens
    }

    /// The colour class of one raw token; a name after `.` is an attribute, never a keyword or built-in.
    private static func classify(_ raw: RawToken, text: SourceText, afterDot: Bool) -> Kind {
        if raw.problem != nil { return .error }
        switch raw.kind {
        case .whitespace, .newline, .continuation: return .whitespace
        case .comment: return .comment
        case .number: return .number
        case .string: return .string
        case .operator: return .operator
        case .punctuation: return .punctuation
        case .error: return .error
        case .name:
            let word = text.text(raw.range)
            if afterDot { return .name }
            if Vocabulary.keywords.contains(word) { return .keyword }
            if Vocabulary.builtins.contains(word) { return .builtin }
            return .name
        }
    }
}
