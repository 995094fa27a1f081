/// A stretch of source as the scanner sees it, trivia included: raw tokens cover the source without gaps, so
/// highlighting can give the source back exactly and the tokenizer can build logical lines from them.
struct RawToken: Equatable, Sendable {
    /// What the stretch is.
    enum Kind: Equatable, Sendable {
        case whitespace, newline, comment, continuation, name, number, string, `operator`, punctuation, error
    }

    /// What the stretch is.
    var kind: Kind
    /// Where it is, in scalar offsets.
    var range: Range<Int>
    /// Why the scanner rejects it, if it does: a message in Python's words.
    var problem: LexicalProblem?
}

/// Something the scanner rejects, in Python's words.
enum LexicalProblem: Equatable, Sendable {
    /// `unterminated string literal (detected at line N)`.
    case unterminatedString(line: Int)
    /// `unterminated triple-quoted string literal (detected at line N)`.
    case unterminatedTripleQuotedString(line: Int)
    /// A message to print as is, such as `invalid decimal literal`, at an offset inside the token.
    case message(String, offset: Int)
    /// A backslash with nothing after it.
    case unexpectedEndOfFile

    /// The diagnostic's words.
    var message: String {
        switch self {
        case .unterminatedString(let line):
            return "unterminated string literal (detected at line \(line))"
        case .unterminatedTripleQuotedString(let line):
            return "unterminated triple-quoted string literal (detected at line \(line))"
        case .message(let text, _):
            return text
        case .unexpectedEndOfFile:
            return "unexpected EOF while parsing"
        }
    }
}
