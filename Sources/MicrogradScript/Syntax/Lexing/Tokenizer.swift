/// Turns raw tokens into the parser's tokens, one at a time: tracks brackets, logical lines and indentation
/// (spaces count 1, a tab moves to the next multiple of 8), and reports lexical mistakes in Python's words.
struct Tokenizer {
    let source: SourceText
    private(set) var scanner: Scanner
    let limits: Limits
    /// Inside an f-string's braces: no lines or indentation, and messages start with `f-string: `.
    let isEmbedded: Bool
    private var indents: [Int] = [0]
    /// The same indentation measured with tabs as one column: Python's check for ambiguous tab use.
    private var alternativeIndents: [Int] = [0]
    var brackets: [(scalar: String, position: SourcePosition)] = []
    private var queue: [Token] = []
    private var lookahead: RawToken?
    private var atLineStart = true
    private var lineHasContent = false
    private var finished = false

    /// The deepest indentation Python allows.
    static let maximumIndentationLevels = 100

    /// Tokenizes `source` from `start` to `limit` (the whole source by default).
    init(_ source: SourceText, limits: Limits, from start: Int = 0, upTo limit: Int? = nil, embedded: Bool = false) {
        self.source = source
        self.scanner = Scanner(source, from: start, upTo: limit)
        self.limits = limits
        self.isEmbedded = embedded
        self.atLineStart = !embedded
    }

    /// The next token; `end` forever once the source is used up.
    mutating func next() throws -> Token {
        while queue.isEmpty {
            try produce()
        }
        return queue.removeFirst()
    }

    private mutating func nextRaw() -> RawToken? {
        if let raw = lookahead {
            lookahead = nil
            return raw
        }
        return scanner.next()
    }

    private mutating func peekRaw() -> RawToken? {
        if lookahead == nil { lookahead = scanner.next() }
        return lookahead
    }

    /// Reads raw tokens until at least one parser token is queued.
    private mutating func produce() throws {
        if finished {
            queue.append(makeToken(.end, scanner.limit..<scanner.limit, text: ""))
            return
        }
        if atLineStart && brackets.isEmpty {
            try startLine()
            return
        }
        guard let raw = nextRaw() else {
            try finish()
            return
        }
        if let problem = raw.problem {
            throw error(problem, in: raw)
        }
        switch raw.kind {
        case .whitespace, .comment, .continuation:
            return
        case .newline:
            if brackets.isEmpty && !isEmbedded {
                if lineHasContent {
                    queue.append(makeToken(.newline, raw.range, text: source.text(raw.range)))
                }
                lineHasContent = false
                atLineStart = true
            }
        case .error:
            throw error(.message("invalid syntax", offset: raw.range.lowerBound), in: raw)
        default:
            lineHasContent = true
            queue.append(try contentToken(raw))
        }
    }

    /// Measures a line's indentation; skips blank and comment-only lines; queues indents and dedents.
    private mutating func startLine() throws {
        var width = 0
        var alternativeWidth = 0
        if let raw = peekRaw(), raw.kind == .whitespace {
            _ = nextRaw()
            for scalar in source.scalars[raw.range] {
                switch scalar {
                case "\t": width = (width / 8 + 1) * 8
                case "\u{0C}": (width, alternativeWidth) = (0, -1)
                default: width += 1
                }
                alternativeWidth += 1
            }
        }
        guard let first = peekRaw() else {
            atLineStart = false
            return
        }
        if first.problem == nil, first.kind == .newline || first.kind == .comment {
            _ = nextRaw()
            if first.kind == .comment, let after = peekRaw(), after.kind == .newline { _ = nextRaw() }
            return
        }
        atLineStart = false
        let position = source.position(of: first.range.lowerBound)
        let current = indents[indents.count - 1]
        let tabError = Diagnostic(
            line: position.line, column: position.column, kind: "TabError",
            message: "inconsistent use of tabs and spaces in indentation")
        if width > current {
            guard alternativeWidth > alternativeIndents[alternativeIndents.count - 1] else { throw tabError }
            guard indents.count < Self.maximumIndentationLevels else {
                throw Diagnostic(
                    line: position.line, column: position.column, kind: "IndentationError",
                    message: "too many levels of indentation")
            }
            indents.append(width)
            alternativeIndents.append(alternativeWidth)
            queue.append(makeToken(.indent, first.range.lowerBound..<first.range.lowerBound, text: ""))
        } else if width < current {
            while let last = indents.last, last > width {
                indents.removeLast()
                alternativeIndents.removeLast()
                queue.append(makeToken(.dedent, first.range.lowerBound..<first.range.lowerBound, text: ""))
            }
            guard indents.last == width else {
                throw Diagnostic(
                    line: position.line, column: position.column, kind: "IndentationError",
                    message: "unindent does not match any outer indentation level")
            }
            guard alternativeIndents.last == alternativeWidth else { throw tabError }
        } else if alternativeWidth != alternativeIndents[alternativeIndents.count - 1] {
            throw tabError
        }
    }

    /// At the end: unclosed brackets are an error; otherwise close the line and every open block.
    private mutating func finish() throws {
        if let open = brackets.last {
            throw syntaxError(isEmbedded ? "expecting '}'" : "'\(open.scalar)' was never closed", at: open.position)
        }
        finished = true
        let end = scanner.limit..<scanner.limit
        if lineHasContent && !isEmbedded {
            queue.append(makeToken(.newline, end, text: ""))
            lineHasContent = false
        }
        while indents.count > 1 {
            indents.removeLast()
            queue.append(makeToken(.dedent, end, text: ""))
        }
        queue.append(makeToken(.end, end, text: ""))
    }
}
