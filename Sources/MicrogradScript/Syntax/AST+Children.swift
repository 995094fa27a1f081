extension Expression.Kind {
    /// The direct sub-expressions, in source order (f-string interpolations, default values and comprehension
    /// clauses included): what a generic walk over the tree descends into.
    public var children: [Expression] {
        switch self {
        case .integer, .float, .string, .boolean, .none, .name:
            return []
        case .formattedString(let parts):
            return parts.flatMap(\.expressions)
        case .list(let items), .tuple(let items), .set(let items):
            return items
        case .dictionary(let entries):
            return entries.flatMap { entry in (entry.key.map { [$0] } ?? []) + [entry.value] }
        case .starred(let inner), .attribute(let inner, _), .unary(_, let inner):
            return [inner]
        case .subscript(let object, let index):
            return [object, index]
        case .slice(let lower, let upper, let step):
            return [lower, upper, step].compactMap { $0 }
        case .call(let callee, let arguments):
            return [callee] + arguments.map(\.value)
        case .binary(_, let lhs, let rhs):
            return [lhs, rhs]
        case .logical(_, let operands):
            return operands
        case .comparison(let first, let steps):
            return [first] + steps.map(\.operand)
        case .conditional(let condition, let then, let otherwise):
            return [then, condition, otherwise]
        case .lambda(let parameters, let body):
            return parameters.compactMap(\.defaultValue) + [body]
        case .listComprehension(let element, let clauses), .generator(let element, let clauses),
            .setComprehension(let element, let clauses):
            return [element] + clauses.flatMap(\.expressions)
        case .dictionaryComprehension(let key, let value, let clauses):
            return [key, value] + clauses.flatMap(\.expressions)
        }
    }
}

extension FormattedStringPart {
    /// The interpolated expressions, those in the format spec included.
    var expressions: [Expression] {
        switch self {
        case .literal:
            return []
        case .interpolation(let value):
            return [value.expression] + value.formatSpec.flatMap(\.expressions)
        }
    }
}

extension ComprehensionClause {
    /// Target, iterable and conditions.
    var expressions: [Expression] { [target, iterable] + conditions }
}
