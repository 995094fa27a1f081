import Micrograd

/// Expressions print as fully parenthesized Python, so a test (or a debugging session) sees the tree's shape:
/// `-2**2` prints `(-(2 ** 2))`.
extension Expression: CustomStringConvertible {
    /// The expression as Python source, every compound operation in parentheses.
    public var description: String {
        switch kind {
        case .integer(let value): return String(value)
        case .float(let value): return PythonFloat.repr(value)
        case .string(let text): return Self.quoted(text)
        case .formattedString(let parts): return "f" + Self.quoted(parts.map(\.description).joined())
        case .boolean(let value): return value ? "True" : "False"
        case .none: return "None"
        case .name(let name): return name
        case .list(let items): return "[\(Self.list(items))]"
        case .tuple(let items): return items.count == 1 ? "(\(items[0]),)" : "(\(Self.list(items)))"
        case .dictionary(let entries): return "{\(entries.map(\.description).joined(separator: ", "))}"
        case .set(let items): return "{\(Self.list(items))}"
        case .starred(let inner): return "*\(inner)"
        case .attribute(let object, let name): return "\(object).\(name)"
        case .subscript(let object, let index): return "\(object)[\(Self.index(index))]"
        case .slice(let lower, let upper, let step):
            let stepText = step.map { ":\($0)" } ?? ""
            return "\(lower?.description ?? ""):\(upper?.description ?? "")\(stepText)"
        case .call(let callee, let arguments): return "\(callee)(\(arguments.map(\.description).joined(separator: ", ")))"
        case .unary(let op, let operand): return op == .not ? "(not \(operand))" : "(\(op.symbol)\(operand))"
        case .binary(let op, let lhs, let rhs): return "(\(lhs) \(op.symbol) \(rhs))"
        case .logical(let op, let operands): return "(\(operands.map(\.description).joined(separator: " \(op.symbol) ")))"
        case .comparison(let first, let steps):
            return "(\(first)\(steps.map { " \($0.operator.symbol) \($0.operand)" }.joined()))"
        case .conditional(let condition, let then, let otherwise): return "(\(then) if \(condition) else \(otherwise))"
        case .lambda(let parameters, let body):
            let list = parameters.map(\.description).joined(separator: ", ")
            return "(lambda\(list.isEmpty ? "" : " ")\(list): \(body))"
        case .listComprehension(let element, let clauses): return "[\(element)\(Self.clauses(clauses))]"
        case .generator(let element, let clauses): return "(\(element)\(Self.clauses(clauses)))"
        case .dictionaryComprehension(let key, let value, let clauses): return "{\(key): \(value)\(Self.clauses(clauses))}"
        case .setComprehension(let element, let clauses): return "{\(element)\(Self.clauses(clauses))}"
        }
    }

    private static func list(_ items: [Expression]) -> String {
        items.map(\.description).joined(separator: ", ")
    }

    /// A tuple index prints without its parentheses, as written: `a[1:2, 3]`.
    private static func index(_ index: Expression) -> String {
        if case .tuple(let items) = index.kind, !items.isEmpty { return list(items) }
        return index.description
    }

    private static func clauses(_ clauses: [ComprehensionClause]) -> String {
        clauses.map { clause in
            let target: String
            if case .tuple(let items) = clause.target.kind, !items.isEmpty { target = list(items) } else {
                target = clause.target.description
            }
            return " for \(target) in \(clause.iterable)" + clause.conditions.map { " if \($0)" }.joined()
        }.joined()
    }

    /// Single quotes, with backslash escapes for what a reader could not see.
    static func quoted(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": result += "\\'"
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "'"
    }
}

extension FormattedStringPart: CustomStringConvertible {
    /// The part as written inside an f-string (quotes and backslashes not escaped again).
    public var description: String {
        switch self {
        case .literal(let text):
            return text.flatMap { $0 == "{" || $0 == "}" ? [$0, $0] : [$0] }.map(String.init).joined()
        case .interpolation(let value):
            let conversion = value.conversion.map { "!\($0.rawValue)" } ?? ""
            let spec = value.formatSpec.isEmpty ? "" : ":" + value.formatSpec.map(\.description).joined()
            return "{\(value.expression)\(conversion)\(spec)}"
        }
    }
}

extension DictionaryEntry: CustomStringConvertible {
    /// `key: value` or `**mapping`.
    public var description: String { key.map { "\($0): \(value)" } ?? "**\(value)" }
}

extension Argument: CustomStringConvertible {
    /// `value`, `name=value`, `*value` or `**value`.
    public var description: String {
        switch kind {
        case .positional: return value.description
        case .keyword(let name): return "\(name)=\(value)"
        case .unpackedSequence: return "*\(value)"
        case .unpackedMapping: return "**\(value)"
        }
    }
}

extension Parameter: CustomStringConvertible {
    /// `name`, `name=default`, `*name` or `**name` (keyword-only parameters after a bare `*` print plainly).
    public var description: String {
        let prefix = kind == .variadic ? "*" : kind == .keywordVariadic ? "**" : ""
        return prefix + name + (defaultValue.map { "=\($0)" } ?? "")
    }
}
