extension ProgramParser {
    /// An atom followed by any number of `.name`, `(arguments)` and `[index]`, built in a loop.
    mutating func parsePrimary() throws -> Expression {
        var expression = try parseAtom()
        while true {
            let token = try peek()
            if token.is(".") {
                try advance()
                let name = try expectName("an attribute name after '.'")
                expression = try node(.attribute(expression, name: name.text), at: expression.position)
            } else if token.is("(") {
                try advance()
                let arguments = try parseArguments()
                try expectClosing(")", opener: token)
                expression = try node(.call(expression, arguments: arguments), at: expression.position)
            } else if token.is("[") {
                try advance()
                let index = try parseSubscriptIndex()
                try expectClosing("]", opener: token)
                expression = try node(.subscript(expression, index: index), at: expression.position)
            } else {
                return expression
            }
        }
    }

    /// Consumes a closing bracket, or explains what stands in its place.
    mutating func expectClosing(_ closing: String, opener: Token) throws {
        if try accept(closing) != nil { return }
        let token = try peek()
        if startsExpression(token), token.kind != .operator || ["(", "[", "{"].contains(token.text) {
            throw syntaxError("invalid syntax. Perhaps you forgot a comma?", at: token.position)
        }
        throw try invalidSyntax(expected: "'\(closing)' to close '\(opener.text)' on line \(source.numbered(opener.position.line))")
    }

    /// Call arguments up to `)`: positional, `name=value`, `*xs`, `**mapping`, or one bare generator.
    mutating func parseArguments() throws -> [Argument] {
        var arguments: [Argument] = []
        var sawKeyword = false
        while try !at(")") {
            let token = try peek()
            if token.is("*") || token.is("**") {
                try advance()
                let value = try parseExpression()
                if token.is("**") { sawKeyword = true }
                arguments.append(Argument(token.is("*") ? .unpackedSequence : .unpackedMapping, value, at: token.position))
            } else if token.kind == .name, try peek(1).is("=") {
                try advance()
                try advance()
                arguments.append(Argument(.keyword(token.text), try parseExpression(), at: token.position))
                sawKeyword = true
            } else {
                let value = try parseExpression()
                if try at("=") {
                    throw syntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", at: value.position)
                }
                if try at("for") {
                    let clauses = try parseComprehensionClauses(for: value)
                    let generator = try node(.generator(element: value, clauses: clauses), at: value.position)
                    if try at(","), try peek(1).is(")") { try advance() }
                    guard arguments.isEmpty, try at(")") else {
                        throw syntaxError("Generator expression must be parenthesized", at: value.position)
                    }
                    return [Argument(.positional, generator, at: value.position)]
                }
                if sawKeyword {
                    throw syntaxError(
                        "positional argument follows keyword argument\(arguments.last?.kind == .unpackedMapping ? " unpacking" : "")",
                        at: value.position)
                }
                arguments.append(Argument(.positional, value, at: value.position))
            }
            guard try accept(",") != nil else { break }
            if try at("for"), let last = arguments.last {
                throw syntaxError("Generator expression must be parenthesized", at: last.position)
            }
        }
        return arguments
    }

    /// What sits between `[` and `]`: an index, a slice, or a tuple of them (`a[1:2, ::3]`).
    private mutating func parseSubscriptIndex() throws -> Expression {
        let first = try parseSliceOrExpression()
        guard try at(",") else { return first }
        var items = [first]
        while try accept(",") != nil, try !at("]") {
            items.append(try parseSliceOrExpression())
        }
        return try node(.tuple(items), at: first.position)
    }

    /// `lower:upper:step` with any part left out, or an expression.
    private mutating func parseSliceOrExpression() throws -> Expression {
        let start = try peek()
        var lower: Expression?
        if !start.is(":") {
            let value = try parseStarExpression()
            guard try at(":") else { return value }
            lower = value
        }
        try expect(":")
        let upper = try startsSlicePart() ? try parseExpression() : nil
        var step: Expression?
        if try accept(":") != nil, try startsSlicePart() {
            step = try parseExpression()
        }
        return try node(.slice(lower: lower, upper: upper, step: step), at: lower?.position ?? start.position)
    }

    private mutating func startsSlicePart() throws -> Bool {
        let token = try peek()
        return startsExpression(token) && !token.is("*")
    }
}
