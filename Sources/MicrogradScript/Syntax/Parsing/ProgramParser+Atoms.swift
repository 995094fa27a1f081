extension ProgramParser {
    /// Names, literals, and the bracketed displays.
    mutating func parseAtom() throws(Diagnostic) -> Expression {
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
    private mutating func parseParenthesized() throws(Diagnostic) -> Expression {
        let open = try advance()
        if try accept(")") != nil { return try node(.tuple([]), at: open.position) }
        let first = try parseStarExpression()
        if try at("for") {
            let generator = try parseComprehension(element: first, closing: ")")
            try expectClosing(")", opener: open)
            return generator
        }
        guard try at(",") else {
            try expectClosing(")", opener: open)
            return first
        }
        var items = [first]
        while try accept(",") != nil, try !at(")") {
            items.append(try parseStarExpression())
        }
        try expectClosing(")", opener: open)
        return try node(.tuple(items), at: open.position)
    }

    /// `[a, b]` or `[x for …]`.
    private mutating func parseListDisplay() throws(Diagnostic) -> Expression {
        let open = try advance()
        if try accept("]") != nil { return try node(.list([]), at: open.position) }
        let first = try parseStarExpression()
        if try at("for") {
            guard case .generator(let element, let clauses) = try parseComprehension(element: first, closing: "]").kind
            else { throw try invalidSyntax() }
            try expectClosing("]", opener: open)
            return try node(.listComprehension(element: element, clauses: clauses), at: open.position)
        }
        var items = [first]
        while try accept(",") != nil, try !at("]") {
            items.append(try parseStarExpression())
        }
        try expectClosing("]", opener: open)
        return try node(.list(items), at: open.position)
    }

    /// `{}`, `{k: v, **m}`, `{k: v for …}`, `{a, b}` or `{x for …}`.
    private mutating func parseBraceDisplay() throws(Diagnostic) -> Expression {
        let open = try advance()
        if try accept("}") != nil { return try node(.dictionary([]), at: open.position) }
        let first = try parseDictionaryEntryOrElement()
        if let key = first.key, try at("for") {
            guard case .generator(_, let clauses) = try parseComprehension(element: key, closing: "}").kind
            else { throw try invalidSyntax() }
            try expectClosing("}", opener: open)
            return try node(.dictionaryComprehension(key: key, value: first.value, clauses: clauses), at: open.position)
        }
        let isDictionary = first.key != nil || first.isMappingUnpack
        if !isDictionary, try at("for") {
            guard case .generator(let element, let clauses) = try parseComprehension(element: first.value, closing: "}").kind
            else { throw try invalidSyntax() }
            try expectClosing("}", opener: open)
            return try node(.setComprehension(element: element, clauses: clauses), at: open.position)
        }
        var entries = [first]
        while try accept(",") != nil, try !at("}") {
            let entry = try parseDictionaryEntryOrElement()
            if (entry.key != nil || entry.isMappingUnpack) != isDictionary {
                throw try invalidSyntax(expected: isDictionary ? "'key: value'" : "a set element")
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
    }

    private mutating func parseDictionaryEntryOrElement() throws(Diagnostic) -> BraceItem {
        if try accept("**") != nil {
            return BraceItem(key: nil, value: try parseBitwiseOr(), isMappingUnpack: true)
        }
        let first = try parseStarExpression()
        guard try accept(":") != nil else { return BraceItem(key: nil, value: first, isMappingUnpack: false) }
        return BraceItem(key: first, value: try parseExpression(), isMappingUnpack: false)
    }

    /// `for target in iterable [if condition]…` clauses after `element`, as a generator node.
    mutating func parseComprehension(element: Expression, closing: String) throws(Diagnostic) -> Expression {
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
        return try node(.generator(element: element, clauses: clauses), at: element.position)
    }
}
