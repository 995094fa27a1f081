extension ProgramParser {
    /// `if`, `while`, `for`, `def`, `class`, `try` and decorated definitions; a clear error for the statements
    /// Gradbook leaves out; `nil` when `token` starts a simple statement.
    mutating func parseCompoundStatement(_ token: Token) throws -> Statement? {
        switch token.text {
        case "if": return try parseIf()
        case "while": return try parseWhile()
        case "for": return try parseFor()
        case "def": return try parseFunctionDefinition(decorators: [], at: token.position)
        case "class": return try parseClassDefinition(decorators: [], at: token.position)
        case "try": return try parseTry()
        case "with":
            throw syntaxError("'with' statements are not supported in Gradbook cells", at: token.position)
        case "elif", "else", "except", "finally":
            throw syntaxError("invalid syntax: '\(token.text)' without a matching statement before it", at: token.position)
        default:
            if token.is("@") { return try parseDecorated() }
            return nil
        }
    }

    /// `@decorator NEWLINE` lines, then the `def` or `class` they decorate.
    private mutating func parseDecorated() throws -> Statement {
        let start = try peek().position
        var decorators: [Expression] = []
        while try accept("@") != nil {
            decorators.append(try parseExpression())
            guard try peek().kind == .newline else { throw try invalidSyntax(expected: "a line break") }
            try advance()
        }
        let token = try peek()
        if token.is("def") { return try parseFunctionDefinition(decorators: decorators, at: start) }
        if token.is("class") { return try parseClassDefinition(decorators: decorators, at: start) }
        throw try invalidSyntax(expected: "'def' or 'class' after a decorator")
    }

    /// `class Name[(bases, keyword=value)]: body`.
    private mutating func parseClassDefinition(decorators: [Expression], at position: SourcePosition) throws -> Statement {
        let start = try advance()
        let name = try expectName("a class name")
        var bases: [Expression] = []
        var keywords: [Argument] = []
        if try accept("(") != nil {
            let arguments = try parseArguments()
            try expect(")")
            for argument in arguments {
                switch argument.kind {
                case .positional: bases.append(argument.value)
                case .keyword: keywords.append(argument)
                case .unpackedSequence, .unpackedMapping:
                    throw syntaxError("unpacking in a class's bases is not supported in Gradbook cells", at: argument.position)
                }
            }
        }
        let savedLoops = loopDepth, savedFunctions = functionDepth
        loopDepth = 0
        functionDepth = 0
        let body = try parseBlock(after: "class definition", line: start.position.line)
        loopDepth = savedLoops
        functionDepth = savedFunctions
        let definition = ClassDefinition(
            name: name.text, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Statement(.classDefinition(definition), at: position)
    }

    /// `try: … (except [type [as name]]: …)* [else: …] [finally: …]`.
    private mutating func parseTry() throws -> Statement {
        let start = try advance()
        let body = try parseBlock(after: "'try' statement", line: start.position.line)
        var handlers: [ExceptHandler] = []
        while try at("except") {
            let keyword = try advance()
            if try at("*") { throw syntaxError("'except*' is not supported in Gradbook cells", at: try peek().position) }
            var type: Expression?
            var name: String?
            if try !at(":") {
                type = try parseExpression()
                if try at(",") {
                    var items = [type!]
                    while try accept(",") != nil, try startsExpression(peek()) { items.append(try parseExpression()) }
                    throw syntaxError("multiple exception types must be parenthesized", at: items[0].position)
                }
                if try accept("as") != nil { name = try expectName("a name").text }
            }
            if let previous = handlers.last, previous.type == nil {
                throw syntaxError("default 'except:' must be last", at: previous.position)
            }
            let block = try parseBlock(after: "'except' statement", line: keyword.position.line)
            handlers.append(ExceptHandler(type: type, name: name, body: block, position: keyword.position))
        }
        var orElse: [Statement] = []
        if try at("else") {
            let keyword = try advance()
            if handlers.isEmpty { throw syntaxError("expected 'except' or 'finally' block", at: keyword.position) }
            orElse = try parseBlock(after: "'else' statement", line: keyword.position.line)
        }
        var finally: [Statement] = []
        if try at("finally") {
            let keyword = try advance()
            finally = try parseBlock(after: "'finally' statement", line: keyword.position.line)
        }
        if handlers.isEmpty && finally.isEmpty {
            throw syntaxError("expected 'except' or 'finally' block", at: try peek().position)
        }
        let statement = TryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally)
        return Statement(.try(statement), at: start.position)
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
    private mutating func parseFunctionDefinition(decorators: [Expression], at position: SourcePosition) throws
        -> Statement
    {
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
        let definition = FunctionDefinition(
            name: name.text, parameters: parameters, body: body, decorators: decorators)
        return Statement(.functionDefinition(definition), at: position)
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
