extension ProgramParser {
    /// `statements END`: the whole cell.
    mutating func parseProgram() throws -> Program {
        var body: [Statement] = []
        while try peek().kind != .end {
            body += try parseStatement()
        }
        return Program(body: body)
    }

    /// One compound statement, or one line of `;`-separated simple statements.
    mutating func parseStatement() throws -> [Statement] {
        let token = try peek()
        if token.kind == .indent {
            throw indentationError("unexpected indent", at: token.position)
        }
        if token.kind == .keyword || token.is("@"), let compound = try parseCompoundStatement(token) {
            return [compound]
        }
        return try parseSimpleStatementLine()
    }

    /// `simple (';' simple)* [';'] NEWLINE`.
    mutating func parseSimpleStatementLine() throws -> [Statement] {
        var statements = [try parseSimpleStatement()]
        while try accept(";") != nil {
            let next = try peek()
            if next.kind == .newline || next.kind == .end { break }
            statements.append(try parseSimpleStatement())
        }
        let end = try peek()
        switch end.kind {
        case .newline:
            try advance()
        case .end:
            break
        default:
            throw try missingSeparatorError()
        }
        return statements
    }

    /// Two expressions side by side: Python's hint for `print "hi"`, or plain `invalid syntax`.
    private mutating func missingSeparatorError() throws -> Diagnostic {
        let token = try peek()
        if let statementStart = previousStatementStart, statementStart.kind == .name,
            statementStart.text == "print" || statementStart.text == "exec", token.kind != .operator
        {
            return syntaxError(
                "Missing parentheses in call to '\(statementStart.text)'. Did you mean \(statementStart.text)(...)?",
                at: statementStart.position)
        }
        return try invalidSyntax(expected: "a line break or ';'")
    }

    /// The first token of the statement being parsed, when it is one token before the current one.
    private var previousStatementStart: Token? {
        guard let token = previous, token.kind == .name else { return nil }
        return token
    }

    /// One simple statement: keyword statements, then expressions and assignments.
    mutating func parseSimpleStatement() throws -> Statement {
        let token = try peek()
        let position = token.position
        if token.kind == .keyword {
            switch token.text {
            case "pass":
                try advance()
                return Statement(.pass, at: position)
            case "break", "continue":
                try advance()
                guard loopDepth > 0 else {
                    throw syntaxError("'\(token.text)' \(token.text == "break" ? "outside" : "not properly in") loop", at: position)
                }
                return Statement(token.text == "break" ? .break : .continue, at: position)
            case "return":
                try advance()
                guard functionDepth > 0 else { throw syntaxError("'return' outside function", at: position) }
                let value = try startsExpression(peek()) ? try parseStarExpressions() : nil
                return Statement(.return(value), at: position)
            case "raise":
                try advance()
                let value = try startsExpression(peek()) ? try parseExpression() : nil
                let cause = try value != nil && accept("from") != nil ? try parseExpression() : nil
                return Statement(.raise(value, cause: cause), at: position)
            case "assert":
                try advance()
                let test = try parseExpression()
                let message = try accept(",") != nil ? try parseExpression() : nil
                return Statement(.assert(test: test, message: message), at: position)
            case "del":
                return try parseDelete()
            case "global", "nonlocal":
                try advance()
                var names = [try expectName().text]
                while try accept(",") != nil { names.append(try expectName().text) }
                return Statement(token.text == "global" ? .global(names) : .nonlocal(names), at: position)
            case "import":
                return try parseImport()
            case "from":
                return try parseFromImport()
            case "yield", "await", "async":
                throw syntaxError("'\(token.text)' is not supported in Gradbook cells", at: position)
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    /// `del target, …`.
    private mutating func parseDelete() throws -> Statement {
        let position = try advance().position
        var targets: [Expression] = []
        while true {
            let target = try parseBitwiseOr()
            try checkDeletable(target)
            targets.append(target)
            guard try accept(",") != nil, try startsExpression(peek()) else { break }
        }
        return Statement(.delete(targets), at: position)
    }

    /// An expression statement, `a = b = value`, `target op= value`, or `name: annotation [= value]`.
    private mutating func parseExpressionStatement() throws -> Statement {
        let first = try parseStarExpressions()
        let token = try peek()
        if token.is("=") {
            var targets = [first]
            var value = first
            while try accept("=") != nil {
                value = try parseStarExpressions()
                targets.append(value)
            }
            targets.removeLast()
            for (index, target) in targets.enumerated() {
                try checkAssignable(target, isSoleTarget: index == 0 && targets.count == 1)
            }
            if try peek().kind == .operator, Self.augmentedOperators[try peek().text] != nil {
                throw try invalidSyntax(expected: "a line break or ';'")
            }
            return Statement(.assign(targets: targets, value: value), at: first.position)
        }
        if token.kind == .operator, let op = Self.augmentedOperators[token.text] {
            try checkAugmentable(first)
            try advance()
            let value = try parseStarExpressions()
            return Statement(.augmentedAssign(target: first, operator: op, value: value), at: first.position)
        }
        if token.is(":") {
            return try parseAnnotatedAssignment(first)
        }
        return Statement(.expression(first), at: first.position)
    }

    /// `x: annotation = value` assigns; a bare `x: annotation` does nothing at run time, as in a function body.
    private mutating func parseAnnotatedAssignment(_ target: Expression) throws -> Statement {
        try advance()
        switch target.kind {
        case .name, .attribute, .subscript: break
        default: throw syntaxError("only single target (not tuple) can be annotated", at: target.position)
        }
        _ = try parseExpression()
        guard try accept("=") != nil else { return Statement(.pass, at: target.position) }
        let value = try parseStarExpressions()
        return Statement(.assign(targets: [target], value: value), at: target.position)
    }

    static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "//=": .floorDivide, "%=": .modulo,
        "**=": .power, "@=": .matrixMultiply, "&=": .bitAnd, "|=": .bitOr, "^=": .bitXor, "<<=": .shiftLeft,
        ">>=": .shiftRight,
    ]
}
