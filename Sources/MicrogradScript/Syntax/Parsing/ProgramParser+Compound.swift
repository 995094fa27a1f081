extension ProgramParser {
    /// `if`, `while`, `for`, `def`; a clear error for `class` and the statements Gradbook leaves out;
    /// `nil` when `token` starts a simple statement.
    mutating func parseCompoundStatement(_ token: Token) throws -> Statement? {
        switch token.text {
        case "if": return try parseIf()
        case "while": return try parseWhile()
        case "for": return try parseFor()
        case "def": return try parseFunctionDefinition()
        case "class":
            throw syntaxError(
                "class definitions are not supported; use the built-in Value, Neuron, Layer and MLP",
                at: token.position)
        case "try", "with":
            throw syntaxError("'\(token.text)' statements are not supported in Gradbook cells", at: token.position)
        case "elif", "else", "except", "finally":
            throw syntaxError("invalid syntax: '\(token.text)' without a matching statement before it", at: token.position)
        default:
            if token.is("@") {
                throw syntaxError("decorators are not supported in Gradbook cells", at: token.position)
            }
            return nil
        }
    }

    /// `if c: … elif c: … else: …`, every arm in one statement.
    private mutating func parseIf() throws -> Statement {
        let start = try advance()
        var branches = [ConditionalBranch(condition: try parseExpression(), body: [])]
        branches[0].body = try parseBlock(after: "'if' statement", line: start.position.line)
        var orElse: [Statement] = []
        while true {
            let token = try peek()
            if token.is("elif") {
                try advance()
                let condition = try parseExpression()
                let body = try parseBlock(after: "'elif' statement", line: token.position.line)
                branches.append(ConditionalBranch(condition: condition, body: body))
            } else if token.is("else") {
                try advance()
                orElse = try parseBlock(after: "'else' statement", line: token.position.line)
                break
            } else {
                break
            }
        }
        return Statement(.if(branches: branches, orElse: orElse), at: start.position)
    }

    /// `while c: … [else: …]`.
    private mutating func parseWhile() throws -> Statement {
        let start = try advance()
        let condition = try parseExpression()
        loopDepth += 1
        let body = try parseBlock(after: "'while' statement", line: start.position.line)
        loopDepth -= 1
        let orElse = try parseLoopElse()
        return Statement(.while(condition: condition, body: body, orElse: orElse), at: start.position)
    }

    /// `for targets in iterable: … [else: …]`.
    private mutating func parseFor() throws -> Statement {
        let start = try advance()
        let target = try parseTargetList()
        try expect("in")
        let iterable = try parseStarExpressions()
        loopDepth += 1
        let body = try parseBlock(after: "'for' statement", line: start.position.line)
        loopDepth -= 1
        let orElse = try parseLoopElse()
        return Statement(.for(target: target, iterable: iterable, body: body, orElse: orElse), at: start.position)
    }

    private mutating func parseLoopElse() throws -> [Statement] {
        let token = try peek()
        guard token.is("else") else { return [] }
        try advance()
        return try parseBlock(after: "'else' statement", line: token.position.line)
    }

    /// `def name(parameters) [-> annotation]: body`.
    private mutating func parseFunctionDefinition() throws -> Statement {
        let start = try advance()
        let name = try expectName("a function name")
        try expect("(")
        let parameters = try parseParameters(closing: ")")
        try expect(")")
        if try accept("->") != nil { _ = try parseExpression() }
        let savedLoops = loopDepth
        loopDepth = 0
        functionDepth += 1
        let body = try parseBlock(after: "function definition", line: start.position.line)
        functionDepth -= 1
        loopDepth = savedLoops
        let definition = FunctionDefinition(name: name.text, parameters: parameters, body: body)
        return Statement(.functionDefinition(definition), at: start.position)
    }

    /// `: NEWLINE INDENT statements DEDENT`, or `: simple; simple` on the same line.
    mutating func parseBlock(after construct: String, line: Int) throws -> [Statement] {
        try expect(":")
        guard try peek().kind == .newline else {
            return try parseSimpleStatementLine()
        }
        try advance()
        let first = try peek()
        guard first.kind == .indent else {
            throw indentationError("expected an indented block after \(construct) on line \(source.numbered(line))", at: first.position)
        }
        try advance()
        var body: [Statement] = []
        while true {
            let token = try peek()
            if token.kind == .dedent {
                try advance()
                break
            }
            if token.kind == .end { break }
            body += try parseStatement()
        }
        return body
    }
}
