/// A token as the parser sees it: trivia gone, logical lines marked with `newline`, blocks with `indent` and
/// `dedent`, numbers converted.
struct Token: Equatable, Sendable {
    /// What the token is.
    enum Kind: Equatable, Sendable {
        /// An identifier that is not a keyword.
        case name
        /// A reserved word (`if`, `True`, `not`, …).
        case keyword
        /// An integer literal's value.
        case integer(Int)
        /// A float literal's value.
        case float(Double)
        /// A string literal, still undecoded.
        case string(StringLiteral)
        /// An operator or punctuation mark (`+`, `**=`, `(`, `,`, `->`).
        case `operator`
        /// The end of a logical line.
        case newline
        /// A deeper indentation starts a block.
        case indent
        /// A block ends.
        case dedent
        /// The end of the source (or of an f-string's `{…}`); repeats forever.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// Its source spelling (empty for `indent`, `dedent` and `end`).
    var text: String
    /// Where it starts.
    var position: SourcePosition
    /// Where it lies, in scalar offsets.
    var range: Range<Int>

    /// Whether this is the operator, punctuation mark or keyword spelled `spelling`.
    func `is`(_ spelling: String) -> Bool {
        (kind == .operator || kind == .keyword) && text == spelling
    }

    /// How error messages name the token: `'('`, `newline`, `end of input`.
    var quoted: String {
        switch kind {
        case .newline: return "newline"
        case .indent: return "indent"
        case .dedent: return "unindent"
        case .end: return "end of input"
        default:
            let line = text.prefix { $0 != "\n" && $0 != "\r" }
            return line.count > 24 || line.count < text.count ? "'\(line.prefix(24))…'" : "'\(text)'"
        }
    }
}

/// A string literal's prefix and where its body lies, decoded later by the parser.
struct StringLiteral: Equatable, Sendable {
    /// Whether the prefix holds `f`.
    var isFormatted: Bool
    /// Whether the prefix holds `r`: backslashes stay as written.
    var isRaw: Bool
    /// Whether the prefix holds `b`.
    var isBytes: Bool
    /// The scalars between the quotes.
    var body: Range<Int>
}
