/// Where a row of math ends: the closers that the construct being read waits for.
struct TeXRowEnd: OptionSet {
    let rawValue: Int
    /// `}` closing a group.
    static let closingBrace = TeXRowEnd(rawValue: 1)
    /// `]` closing `\sqrt[…]`'s index.
    static let closingBracket = TeXRowEnd(rawValue: 2)
    /// `\right` closing `\left`.
    static let right = TeXRowEnd(rawValue: 4)
    /// `&` and `\\` between the cells of a table.
    static let cellEnd = TeXRowEnd(rawValue: 8)
    /// `\end{…}` closing an environment.
    static let environmentEnd = TeXRowEnd(rawValue: 16)

    /// Whether `token` is one of these closers.
    func matches(_ token: TeXToken) -> Bool {
        switch token {
        case .closeBrace: contains(.closingBrace)
        case .character("]"): contains(.closingBracket)
        case .command("right"): contains(.right)
        case .alignmentTab, .command("\\"): contains(.cellEnd)
        case .command("end"): contains(.environmentEnd)
        default: false
        }
    }
}

/// A recursive-descent reader of TeX math that builds `MathNode`s. It never fails: what it cannot read it
/// reports in `warnings` and shows as written. Each token is read once, and nesting is capped at
/// `maximumDepth`, so it runs in linear time and bounded stack on any input.
struct TeXParser {
    /// How deep groups, arguments, fences and environments may nest before the rest is cut off.
    static let maximumDepth = 100

    let tokens: [TeXToken]
    var position = 0
    /// Problems found so far, each once, in the order met.
    private(set) var warnings: [String] = []
    private var warned: Set<String> = []
    /// The alphabet of an enclosing `\mathbf{…}` or `\mathrm{…}`, applied to letters and digits.
    var alphabet: MathAlphabet? = nil
    private var depth = 0
    /// The closers of every construct being read, so that a missing `}` ends at the `&` or `\right` that an
    /// outer construct waits for, instead of swallowing it.
    private var enclosingEnds: TeXRowEnd = []

    init(_ tex: String) {
        tokens = TeXToken.tokens(of: tex)
    }

    /// Reads the whole input. Top-level `&` and `\\` make a table, as if the input were in `aligned`.
    mutating func parseFormula() -> [MathNode] {
        let rows = parseRows(until: [])
        if rows.count == 1, rows[0].count == 1 { return rows[0][0] }
        let aligned = rows.contains { $0.count > 1 }
        return [.table(MathTable(rows: rows, layout: aligned ? .alignedPairs : .centered, displayStyle: true))]
    }

    /// Reads atoms, with their scripts, up to one of `ends` (left unread), the closer of an enclosing
    /// construct, or the end of input.
    mutating func parseRow(until ends: TeXRowEnd) -> [MathNode] {
        let outerEnds = enclosingEnds
        enclosingEnds.formUnion(ends.subtracting(.closingBracket))
        defer { enclosingEnds = outerEnds }
        var nodes: [MathNode] = []
        var lastIsAlphabetLetter = false
        while let token = peek(), !ends.matches(token), !outerEnds.matches(token) {
            var isAlphabetLetter = false
            switch token {
            case .space:
                advance()
                continue
            case .superscriptMark, .subscriptMark:
                attachScript(to: &nodes)
            case .character("'"):
                appendPrimes(to: &nodes)
            case .command("limits"), .command("nolimits"):
                applyLimits(to: &nodes)
            case .command("displaystyle"), .command("textstyle"):
                advance()
                let rest = nested { parser in parser.parseRow(until: ends) } ?? []
                nodes.append(.styled(display: token == .command("displaystyle"), .row(rest)))
            default:
                if let stray = parseStray(token) {
                    nodes.append(contentsOf: stray)
                } else if let atom = parseAtom() {
                    if case .character(let character) = token, character.isLetter, alphabet != nil {
                        isAlphabetLetter = true
                        if lastIsAlphabetLetter, case .identifier(let before, let upright) = nodes.last,
                           case .identifier(let letter, _) = atom {
                            nodes[nodes.count - 1] = .identifier(before + letter, upright: upright)
                            break
                        }
                    }
                    nodes.append(atom)
                }
            }
            lastIsAlphabetLetter = isAlphabetLetter
        }
        return nodes
    }

    /// Runs `read` one level deeper, or reports the nesting limit (once) and returns nil when it is reached.
    mutating func nested<Result>(_ read: (inout TeXParser) -> Result) -> Result? {
        guard depth < Self.maximumDepth else {
            warn("TeX nested more than \(Self.maximumDepth) levels deep; the rest is cut off")
            return nil
        }
        depth += 1
        defer { depth -= 1 }
        return read(&self)
    }

    /// The next token, spaces included, without reading it.
    func peek() -> TeXToken? {
        position < tokens.count ? tokens[position] : nil
    }

    mutating func advance() {
        if position < tokens.count { position += 1 }
    }

    mutating func skipSpaces() {
        while peek() == .space { advance() }
    }

    /// Records a warning for the caller, who adds the file and line.
    mutating func warn(_ message: String) {
        if warned.insert(message).inserted { warnings.append(message) }
    }
}
