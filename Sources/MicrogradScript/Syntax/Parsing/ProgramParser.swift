/// The recursive-descent parser behind `Parser.parse`: a token window over a lazy `Tokenizer`, the counters that
/// keep its recursion bounded, and the ways it reports errors. The grammar lives in the extensions.
struct ProgramParser {
    let source: SourceText
    let limits: Limits
    private var tokenizer: Tokenizer
    private var tokens: [Token] = []
    private var index = 0
    /// How many `parseExpression` calls are active: brackets, lambdas and `else` arms nest through it.
    var expressionNesting: Int
    /// How many prefix operators and `**` are being parsed inside one another.
    var operatorNesting = 0
    /// Loops around the statement being parsed, inside the current function (for `break` and `continue`).
    var loopDepth = 0
    /// Functions around the statement being parsed (for `return`).
    var functionDepth = 0

    /// A parser over `tokenizer`; `expressionNesting` carries the depth of an enclosing parser (for f-strings).
    init(source: SourceText, limits: Limits, tokenizer: Tokenizer, expressionNesting: Int = 0) {
        self.source = source
        self.limits = limits
        self.tokenizer = tokenizer
        self.expressionNesting = expressionNesting
    }

    // MARK: Tokens

    /// The token `ahead` places after the current one.
    mutating func peek(_ ahead: Int = 0) throws -> Token {
        while tokens.count <= index + ahead {
            tokens.append(try tokenizer.next())
        }
        return tokens[index + ahead]
    }

    /// Consumes and returns the current token.
    @discardableResult
    mutating func advance() throws -> Token {
        let token = try peek()
        if token.kind != .end { index += 1 }
        return token
    }

    /// The last consumed token (the current one if nothing was consumed yet).
    var previous: Token? { index > 0 ? tokens[index - 1] : nil }

    /// Consumes the current token if it is the operator or keyword `spelling`.
    mutating func accept(_ spelling: String) throws -> Token? {
        let token = try peek()
        guard token.is(spelling) else { return nil }
        index += 1
        return token
    }

    /// Whether the current token is the operator or keyword `spelling`.
    mutating func at(_ spelling: String) throws -> Bool {
        try peek().is(spelling)
    }

    /// Consumes `spelling` or fails with `expected 'spelling'` just after the previous token, as Python does.
    @discardableResult
    mutating func expect(_ spelling: String) throws -> Token {
        if let token = try accept(spelling) { return token }
        throw syntaxError("expected '\(spelling)'", at: endOfPrevious)
    }

    /// Consumes a name or fails with `invalid syntax`.
    mutating func expectName(_ what: String = "a name") throws -> Token {
        let token = try peek()
        guard token.kind == .name else { throw try invalidSyntax(expected: what) }
        return try advance()
    }

    /// Where the previous token ends: where Python points for a missing `:` or `)`.
    var endOfPrevious: SourcePosition {
        guard let token = previous else { return SourcePosition(line: 1, column: 1) }
        return source.position(of: token.range.upperBound)
    }

    // MARK: Nodes and limits

    /// Makes an expression node, refusing trees deeper than `limits.recursionDepth`.
    func node(_ kind: Expression.Kind, at position: SourcePosition) throws -> Expression {
        let expression = Expression(kind, at: position)
        guard expression.depth <= limits.recursionDepth else { throw recursionError(at: position) }
        return expression
    }

    /// Counts one more prefix operator or `**` in a chain, stopping runaway chains before the stack does.
    mutating func enterOperator(at position: SourcePosition) throws {
        operatorNesting += 1
        guard operatorNesting <= limits.recursionDepth else { throw recursionError(at: position) }
    }

    func recursionError(at position: SourcePosition) -> Diagnostic {
        Diagnostic(
            line: position.line, column: position.column, kind: "RecursionError",
            message: "maximum recursion depth exceeded during compilation")
    }

    // MARK: Errors

    /// A `SyntaxError` at `position`.
    func syntaxError(_ message: String, at position: SourcePosition) -> Diagnostic {
        Diagnostic(line: position.line, column: position.column, kind: "SyntaxError", message: message)
    }

    /// An `IndentationError` at `position`.
    func indentationError(_ message: String, at position: SourcePosition) -> Diagnostic {
        Diagnostic(line: position.line, column: position.column, kind: "IndentationError", message: message)
    }

    /// Python's generic `invalid syntax` at the current token, saying what was expected when we know.
    mutating func invalidSyntax(expected: String? = nil) throws -> Diagnostic {
        let token = try peek()
        if token.kind == .indent {
            return indentationError("unexpected indent", at: token.position)
        }
        let hint = expected.map { ": expected \($0), found \(token.quoted)" } ?? ""
        return syntaxError("invalid syntax\(hint)", at: token.position)
    }

    /// After a generic `invalid syntax`, Python tokenizes the rest of the cell and reports a lexical error
    /// (an unclosed bracket, an unterminated string) instead, if there is one. So do we.
    mutating func lexicalErrorAfter(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.kind == "SyntaxError", diagnostic.message.hasPrefix("invalid syntax") else { return diagnostic }
        do {
            while try tokenizer.next().kind != .end {}
        } catch let lexical as Diagnostic {
            return lexical
        } catch {
            return diagnostic
        }
        return diagnostic
    }
}
