extension ProgramParser {
    /// `a, *b, c` or one expression: a tuple when there is a comma (`1,` too).
    mutating func parseStarExpressions() throws -> Expression {
        let first = try parseStarExpression()
        guard try at(",") else { return first }
        var items = [first]
        while try accept(",") != nil, try startsExpression(peek()) {
            items.append(try parseStarExpression())
        }
        return try node(.tuple(items), at: first.position)
    }

    /// `*expression` or an expression.
    mutating func parseStarExpression() throws -> Expression {
        if let star = try accept("*") {
            return try node(.starred(try parseBitwiseOr()), at: star.position)
        }
        return try parseExpression()
    }

    /// A full expression: `lambda`, or a disjunction with an optional `if … else …`.
    mutating func parseExpression() throws -> Expression {
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
    private mutating func parseLambda() throws -> Expression {
        let start = try advance()
        let parameters = try parseParameters(closing: ":")
        try expect(":")
        let body = try parseExpression()
        return try node(.lambda(parameters: parameters, body: body), at: start.position)
    }

    /// `a or b`, with every operator below it: `and`, `not`, comparisons, bitwise and arithmetic operators.
    mutating func parseDisjunction() throws -> Expression {
        try parseOperators(minimum: Precedence.or)
    }

    /// The operand of a target, `*x` or `**m`: `|` and the operators that bind tighter.
    mutating func parseBitwiseOr() throws -> Expression {
        try parseOperators(minimum: Precedence.bitOr)
    }

    /// Python's operator precedence, loosest first.
    enum Precedence {
        static let or = 1, and = 2, not = 3, comparison = 4, bitOr = 5, bitXor = 6, bitAnd = 7, shift = 8
        static let additive = 9, multiplicative = 10, unary = 11, power = 12
    }

    /// Every operator from `or` to `**` by precedence climbing, in one function so that a bracket costs few stack
    /// frames: prefix `not`/`-`/`+`/`~` first, then infix operators binding at least as tightly as `minimum`.
    /// Chains of one precedence are built in loops; nested calls raise the precedence, or count as nesting.
    private mutating func parseOperators(minimum: Int) throws -> Expression {
        var lhs = try parsePrefixed(minimum: minimum)
        while true {
            let token = try peek()
            guard token.kind == .operator || token.kind == .keyword else { return lhs }
            if token.text == "**" {
                try advance()
                try enterOperator(at: token.position)
                defer { operatorNesting -= 1 }
                let exponent = try parseOperators(minimum: Precedence.unary)
                lhs = try node(.binary(.power, lhs, exponent), at: lhs.position)
            } else if let (op, precedence) = Self.binaryOperators[token.text], token.kind == .operator {
                guard precedence >= minimum else { return lhs }
                try advance()
                let rhs = try parseOperators(minimum: precedence + 1)
                lhs = try node(.binary(op, lhs, rhs), at: lhs.position)
            } else if minimum <= Precedence.comparison, try isComparisonOperator(token) {
                var steps: [ComparisonStep] = []
                while let op = try acceptComparisonOperator() {
                    steps.append(ComparisonStep(op, try parseOperators(minimum: Precedence.bitOr)))
                }
                lhs = try node(.comparison(lhs, steps), at: lhs.position)
            } else if token.text == "and" || token.text == "or", token.kind == .keyword {
                let precedence = token.text == "and" ? Precedence.and : Precedence.or
                guard precedence >= minimum else { return lhs }
                var operands = [lhs]
                while try accept(token.text) != nil {
                    operands.append(try parseOperators(minimum: precedence + 1))
                }
                lhs = try node(.logical(token.text == "and" ? .and : .or, operands), at: lhs.position)
            } else {
                return lhs
            }
        }
    }

    /// `not x` (where `not` may stand), `-x`, `+x`, `~x`, or a primary. Each prefix counts as nesting.
    private mutating func parsePrefixed(minimum: Int) throws -> Expression {
        let token = try peek()
        let op: UnaryOperator
        let operandPrecedence: Int
        if token.is("not"), minimum <= Precedence.not {
            (op, operandPrecedence) = (.not, Precedence.not)
        } else if token.kind == .operator, let prefix = Self.prefixOperators[token.text] {
            (op, operandPrecedence) = (prefix, Precedence.unary)
        } else {
            return try parsePrimary()
        }
        try advance()
        try enterOperator(at: token.position)
        defer { operatorNesting -= 1 }
        let operand = try parseOperators(minimum: operandPrecedence)
        return try node(.unary(op, operand), at: token.position)
    }

    static let prefixOperators: [String: UnaryOperator] = ["-": .negate, "+": .plus, "~": .invert]

    private mutating func isComparisonOperator(_ token: Token) throws -> Bool {
        if token.is("not") { return try peek(1).is("in") }
        return token.is("is") || token.is("in") || (token.kind == .operator && ComparisonOperator(rawValue: token.text) != nil)
    }

    private mutating func acceptComparisonOperator() throws -> ComparisonOperator? {
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
        case "in":
            try advance()
            return .in
        default:
            guard token.kind == .operator, let op = ComparisonOperator(rawValue: token.text) else { return nil }
            try advance()
            return op
        }
    }

    static let binaryOperators: [String: (BinaryOperator, Int)] = [
        "|": (.bitOr, 5), "^": (.bitXor, 6), "&": (.bitAnd, 7), "<<": (.shiftLeft, 8), ">>": (.shiftRight, 8),
        "+": (.add, 9), "-": (.subtract, 9), "*": (.multiply, 10), "/": (.divide, 10), "//": (.floorDivide, 10),
        "%": (.modulo, 10), "@": (.matrixMultiply, 10),
    ]

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
