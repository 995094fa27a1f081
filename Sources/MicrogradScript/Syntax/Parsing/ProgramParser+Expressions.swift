extension ProgramParser {
    /// `a, *b, c` or one expression: a tuple when there is a comma (`1,` too).
    mutating func parseStarExpressions() throws(Diagnostic) -> Expression {
        let first = try parseStarExpression()
        guard try at(",") else { return first }
        var items = [first]
        while try accept(",") != nil, try startsExpression(peek()) {
            items.append(try parseStarExpression())
        }
        return try node(.tuple(items), at: first.position)
    }

    /// `*expression` or an expression.
    mutating func parseStarExpression() throws(Diagnostic) -> Expression {
        if let star = try accept("*") {
            return try node(.starred(try parseBitwiseOr()), at: star.position)
        }
        return try parseExpression()
    }

    /// A full expression: `lambda`, or a disjunction with an optional `if … else …`.
    mutating func parseExpression() throws(Diagnostic) -> Expression {
        let start = try peek()
        expressionNesting += 1
        defer { expressionNesting -= 1 }
        guard expressionNesting <= 2 * limits.nestingDepth else {
            throw start.is("(") || start.is("[") || start.is("{")
                ? syntaxError("too many nested parentheses", at: start.position) : recursionError(at: start.position)
        }
        if start.is("lambda") { return try parseLambda() }
        let body = try parseDisjunction()
        guard try accept("if") != nil else { return body }
        let condition = try parseDisjunction()
        guard try accept("else") != nil else {
            throw syntaxError("expected 'else' after 'if' expression", at: body.position)
        }
        let otherwise = try parseExpression()
        return try node(.conditional(condition: condition, then: body, otherwise: otherwise), at: body.position)
    }

    /// `lambda parameters: body`.
    private mutating func parseLambda() throws(Diagnostic) -> Expression {
        let start = try advance()
        let parameters = try parseParameters(closing: ":")
        try expect(":")
        let body = try parseExpression()
        return try node(.lambda(parameters: parameters, body: body), at: start.position)
    }

    /// `a or b or …` as one node.
    mutating func parseDisjunction() throws(Diagnostic) -> Expression {
        let first = try parseConjunction()
        guard try at("or") else { return first }
        var operands = [first]
        while try accept("or") != nil { operands.append(try parseConjunction()) }
        return try node(.logical(.or, operands), at: first.position)
    }

    /// `a and b and …` as one node.
    private mutating func parseConjunction() throws(Diagnostic) -> Expression {
        let first = try parseInversion()
        guard try at("and") else { return first }
        var operands = [first]
        while try accept("and") != nil { operands.append(try parseInversion()) }
        return try node(.logical(.and, operands), at: first.position)
    }

    /// `not x` (nesting counted), or a comparison.
    private mutating func parseInversion() throws(Diagnostic) -> Expression {
        guard let not = try accept("not") else { return try parseComparison() }
        try enterOperator(at: not.position)
        defer { operatorNesting -= 1 }
        return try node(.unary(.not, try parseInversion()), at: not.position)
    }

    /// `a < b <= c`, `x not in xs`, `a is not None`: one node per chain.
    private mutating func parseComparison() throws(Diagnostic) -> Expression {
        let first = try parseBitwiseOr()
        var steps: [ComparisonStep] = []
        while let op = try acceptComparisonOperator() {
            steps.append(ComparisonStep(op, try parseBitwiseOr()))
        }
        return steps.isEmpty ? first : try node(.comparison(first, steps), at: first.position)
    }

    private mutating func acceptComparisonOperator() throws(Diagnostic) -> ComparisonOperator? {
        let token = try peek()
        guard token.kind == .operator || token.kind == .keyword else { return nil }
        switch token.text {
        case "not":
            guard try peek(1).is("in") else { return nil }
            try advance()
            try advance()
            return .notIn
        case "is":
            try advance()
            return try accept("not") != nil ? .isNot : .is
        default:
            guard let op = ComparisonOperator(rawValue: token.text) else { return nil }
            try advance()
            return op
        }
    }

    /// The binary operators from `|` to `*`, by precedence climbing: left-associative, and recursing only once
    /// per precedence level.
    mutating func parseBitwiseOr(minimumPrecedence: Int = 1) throws(Diagnostic) -> Expression {
        var lhs = try parseFactor()
        while true {
            let token = try peek()
            guard token.kind == .operator, let (op, precedence) = Self.binaryOperators[token.text],
                precedence >= minimumPrecedence
            else { break }
            try advance()
            let rhs = try parseBitwiseOr(minimumPrecedence: precedence + 1)
            lhs = try node(.binary(op, lhs, rhs), at: lhs.position)
        }
        return lhs
    }

    static let binaryOperators: [String: (BinaryOperator, Int)] = [
        "|": (.bitOr, 1), "^": (.bitXor, 2), "&": (.bitAnd, 3), "<<": (.shiftLeft, 4), ">>": (.shiftRight, 4),
        "+": (.add, 5), "-": (.subtract, 5), "*": (.multiply, 6), "/": (.divide, 6), "//": (.floorDivide, 6),
        "%": (.modulo, 6), "@": (.matrixMultiply, 6),
    ]

    /// `-x`, `+x`, `~x` (nesting counted), or a power.
    private mutating func parseFactor() throws(Diagnostic) -> Expression {
        let token = try peek()
        guard token.kind == .operator else { return try parsePower() }
        let op: UnaryOperator
        switch token.text {
        case "-": op = .negate
        case "+": op = .plus
        case "~": op = .invert
        default: return try parsePower()
        }
        try advance()
        try enterOperator(at: token.position)
        defer { operatorNesting -= 1 }
        return try node(.unary(op, try parseFactor()), at: token.position)
    }

    /// `primary ** factor`: right-associative, and tighter than a unary minus on its left (`-2**2 == -4`).
    private mutating func parsePower() throws(Diagnostic) -> Expression {
        let base = try parsePrimary()
        guard let power = try accept("**") else { return base }
        try enterOperator(at: power.position)
        defer { operatorNesting -= 1 }
        let exponent = try parseFactor()
        return try node(.binary(.power, base, exponent), at: base.position)
    }

    /// Whether `token` can begin an expression: how `1,` and `return` know whether more follows.
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .name, .integer, .float, .string: return true
        case .keyword: return ["not", "lambda", "True", "False", "None", "await"].contains(token.text)
        case .operator: return ["(", "[", "{", "-", "+", "~", "*"].contains(token.text)
        default: return false
        }
    }
}
