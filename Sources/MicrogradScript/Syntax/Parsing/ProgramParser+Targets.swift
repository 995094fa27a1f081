extension ProgramParser {
    /// `for` and comprehension targets: `x`, `i, (a, b)`, `[a, b]`, stopping before `in`.
    mutating func parseTargetList() throws -> Expression {
        let first = try parseTarget()
        var target = first
        if try at(",") {
            var items = [first]
            while try accept(",") != nil, try startsExpression(peek()) {
                items.append(try parseTarget())
            }
            target = try node(.tuple(items), at: first.position)
        }
        try checkAssignable(target, isSoleTarget: false)
        return target
    }

    private mutating func parseTarget() throws -> Expression {
        if let star = try accept("*") {
            return try node(.starred(try parseBitwiseOr()), at: star.position)
        }
        return try parseBitwiseOr()
    }

    /// Python's checks on an assignment target: names, attributes, subscripts, and tuples or lists of them with
    /// at most one starred item. `isSoleTarget` adds Python's hint for `1 = x`.
    func checkAssignable(_ target: Expression, isSoleTarget: Bool) throws {
        if case .starred = target.kind {
            throw syntaxError("starred assignment target must be in a list or tuple", at: target.position)
        }
        try checkTarget(target, verb: "assign to", isSoleTarget: isSoleTarget)
    }

    /// `del` accepts names, attributes, subscripts and tuples or lists of them.
    func checkDeletable(_ target: Expression) throws {
        try checkTarget(target, verb: "delete", isSoleTarget: false)
    }

    /// `x += 1` accepts one name, attribute or subscript.
    func checkAugmentable(_ target: Expression) throws {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        default:
            let description = Self.describe(target) ?? "starred"
            throw syntaxError("'\(description)' is an illegal expression for augmented assignment", at: target.position)
        }
    }

    private func checkTarget(_ target: Expression, verb: String, isSoleTarget: Bool) throws {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let items), .list(let items):
            let starred = items.filter { if case .starred = $0.kind { return true } else { return false } }
            if starred.count > 1, verb == "assign to" {
                throw syntaxError("multiple starred expressions in assignment", at: starred[1].position)
            }
            for item in items { try checkTarget(item, verb: verb, isSoleTarget: false) }
        case .starred(let inner) where verb == "assign to":
            try checkTarget(inner, verb: verb, isSoleTarget: false)
        default:
            let description = Self.describe(target) ?? "starred"
            let hint = isSoleTarget && Self.isBitwiseLevel(target) ? " here. Maybe you meant '==' instead of '='?" : ""
            throw syntaxError("cannot \(verb) \(description)\(hint)", at: target.position)
        }
    }

    /// Python's name for an expression that cannot be a target; `nil` for those that can.
    static func describe(_ expression: Expression) -> String? {
        switch expression.kind {
        case .name, .attribute, .subscript, .starred: return nil
        case .integer, .float, .string: return "literal"
        case .boolean(let value): return value ? "True" : "False"
        case .none: return "None"
        case .formattedString: return "f-string expression"
        case .tuple: return "tuple"
        case .list: return "list"
        case .call: return "function call"
        case .binary, .unary, .logical: return "expression"
        case .comparison: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .listComprehension: return "list comprehension"
        case .generator: return "generator expression"
        case .dictionary: return "dict literal"
        case .set: return "set display"
        case .dictionaryComprehension: return "dict comprehension"
        case .setComprehension: return "set comprehension"
        case .slice: return "slice"
        }
    }

    /// Whether Python would have parsed `target = …` as a mistaken comparison (its `invalid_named_expression`).
    private static func isBitwiseLevel(_ target: Expression) -> Bool {
        switch target.kind {
        case .comparison, .conditional, .lambda, .logical, .boolean, .none: return false
        case .unary(let op, _): return op != .not
        default: return true
        }
    }
}
