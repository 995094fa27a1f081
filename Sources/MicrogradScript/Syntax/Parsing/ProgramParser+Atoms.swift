extension ProgramParser {
    /// Names, literals, and the bracketed displays.
    mutating func parseAtom() throws -> Expression {
        let token = try peek()
        switch token.kind {
        case .name:
            try advance()
            return try node(.name(token.text), at: token.position)
        case .integer(let value):
            try advance()
            return try node(.integer(value), at: token.position)
        case .float(let value):
            try advance()
            return try node(.float(value), at: token.position)
        case .string:
            return try parseStrings()
        case .keyword:
            switch token.text {
            case "True", "False":
                try advance()
                return try node(.boolean(token.text == "True"), at: token.position)
            case "None":
                try advance()
                return try node(.none, at: token.position)
            case "yield", "await":
                throw syntaxError("'\(token.text)' is not supported in Gradbook cells", at: token.position)
            default:
                throw try invalidSyntax(expected: "an expression")
            }
        case .operator:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            default: throw try invalidSyntax(expected: "an expression")
            }
        default:
            throw try invalidSyntax(expected: "an expression")
        }
    }

    /// `()`, `(x)` (no node of its own), `(x,)`, `(a, b)`, or `(x for …)`.
    private mutating func parseParenthesized() throws -> Expression {
        let open = try advance()
        if try accept(")") != nil { return try node(.tuple([]), at: open.position) }
        let first = try parseStarExpression()
        if try at("for") {
            let clauses = try parseComprehensionClauses(for: first)
            try expectClosing(")", opener: open)
            return try node(.generator(element: first, clauses: clauses), at: first.position)
        }
        guard try at(",") else {
            try expectClosing(")", opener: open)
            return first
        }
        let items = try parseItems(after: first, closing: ")")
        try expectClosing(")", opener: open)
        return try node(.tuple(items), at: open.position)
    }

    /// `[a, b]` or `[x for …]`.
    private mutating func parseListDisplay() throws -> Expression {
        let open = try advance()
        if try accept("]") != nil { return try node(.list([]), at: open.position) }
        let first = try parseStarExpression()
        if try at("for") {
            let clauses = try parseComprehensionClauses(for: first)
            try expectClosing("]", opener: open)
            return try node(.listComprehension(element: first, clauses: clauses), at: open.position)
        }
        let items = try parseItems(after: first, closing: "]")
        try expectClosing("]", opener: open)
        return try node(.list(items), at: open.position)
    }

    /// `{}`, `{k: v, **m}`, `{k: v for …}`, `{a, b}` or `{x for …}`.
    private mutating func parseBraceDisplay() throws -> Expression {
        let open = try advance()
        if try accept("}") != nil { return try node(.dictionary([]), at: open.position) }
        let first = try parseDictionaryEntryOrElement()
        if let key = first.key, try at("for") {
            let clauses = try parseComprehensionClauses(for: key)
            try expectClosing("}", opener: open)
            return try node(.dictionaryComprehension(key: key, value: first.value, clauses: clauses), at: open.position)
        }
        let isDictionary = first.key != nil || first.isMappingUnpack
        if !isDictionary, try at("for") {
            let clauses = try parseComprehensionClauses(for: first.value)
            try expectClosing("}", opener: open)
            return try node(.setComprehension(element: first.value, clauses: clauses), at: open.position)
        }
        var entries = [first]
        while try accept(",") != nil, try !at("}") {
            let entry = try parseDictionaryEntryOrElement()
            if isDictionary, entry.key == nil, !entry.isMappingUnpack {
                throw syntaxError("':' expected after dictionary key", at: entry.value.position)
            }
            if !isDictionary, let colon = entry.colon {
                throw syntaxError("invalid syntax", at: colon.position)
            }
            if !isDictionary, entry.isMappingUnpack {
                throw syntaxError("invalid syntax", at: entry.value.position)
            }
            entries.append(entry)
        }
        try expectClosing("}", opener: open)
        if isDictionary {
            return try node(.dictionary(entries.map { DictionaryEntry(key: $0.key, value: $0.value) }), at: open.position)
        }
        return try node(.set(entries.map(\.value)), at: open.position)
    }

    private struct BraceItem {
        var key: Expression?
        var value: Expression
        var isMappingUnpack: Bool
        var colon: Token? = nil
    }

    private mutating func parseDictionaryEntryOrElement() throws -> BraceItem {
        if try accept("**") != nil {
            return BraceItem(key: nil, value: try parseBitwiseOr(), isMappingUnpack: true)
        }
        let first = try parseStarExpression()
        guard let colon = try accept(":") else { return BraceItem(key: nil, value: first, isMappingUnpack: false) }
        return BraceItem(key: first, value: try parseExpression(), isMappingUnpack: false, colon: colon)
    }

    /// `, b, *c` after `first`, up to `closing`, a trailing comma allowed.
    private mutating func parseItems(after first: Expression, closing: String) throws -> [Expression] {
        var items = [first]
        while try accept(",") != nil, try !at(closing) {
            items.append(try parseStarExpression())
        }
        return items
    }

    /// The `for target in iterable [if condition]…` clauses of a comprehension or generator over `element`.
    mutating func parseComprehensionClauses(for element: Expression) throws -> [ComprehensionClause] {
        if case .starred = element.kind {
            throw syntaxError("iterable unpacking cannot be used in comprehension", at: element.position)
        }
        var clauses: [ComprehensionClause] = []
        while try accept("for") != nil {
            let target = try parseTargetList()
            try expect("in")
            let iterable = try parseDisjunction()
            var conditions: [Expression] = []
            while try accept("if") != nil {
                conditions.append(try parseDisjunction())
            }
            clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }
}
