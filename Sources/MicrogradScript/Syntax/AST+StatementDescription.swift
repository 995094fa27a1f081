/// Statements print as Python source, blocks indented by four spaces, expressions fully parenthesized.
extension Statement: CustomStringConvertible {
    /// The statement as Python source, over as many lines as its blocks need.
    public var description: String { lines.joined(separator: "\n") }

    /// The statement's lines, unindented; nested blocks carry their own indentation.
    var lines: [String] {
        switch kind {
        case .expression(let expression): return [expression.description]
        case .assign(let targets, let value): return [(targets + [value]).map(\.description).joined(separator: " = ")]
        case .augmentedAssign(let target, let op, let value): return ["\(target) \(op.symbol)= \(value)"]
        case .if(let branches, let orElse):
            var result: [String] = []
            for (index, branch) in branches.enumerated() {
                result.append("\(index == 0 ? "if" : "elif") \(branch.condition):")
                result += Self.block(branch.body)
            }
            return result + Self.elseBlock(orElse)
        case .for(let target, let iterable, let body, let orElse):
            return ["for \(target) in \(iterable):"] + Self.block(body) + Self.elseBlock(orElse)
        case .while(let condition, let body, let orElse):
            return ["while \(condition):"] + Self.block(body) + Self.elseBlock(orElse)
        case .break: return ["break"]
        case .continue: return ["continue"]
        case .pass: return ["pass"]
        case .functionDefinition(let definition):
            let parameters = definition.parameters.map(\.description).joined(separator: ", ")
            return definition.decorators.map { "@\($0)" } + ["def \(definition.name)(\(parameters)):"]
                + Self.block(definition.body)
        case .classDefinition(let definition):
            let arguments = definition.bases.map(\.description)
                + definition.keywords.map { argument in
                    if case .keyword(let name) = argument.kind { return "\(name)=\(argument.value)" }
                    return argument.value.description
                }
            let heading = arguments.isEmpty ? "class \(definition.name):" : "class \(definition.name)(\(arguments.joined(separator: ", "))):"
            return definition.decorators.map { "@\($0)" } + [heading] + Self.block(definition.body)
        case .try(let statement):
            var result = ["try:"] + Self.block(statement.body)
            for handler in statement.handlers {
                var heading = "except"
                if let type = handler.type { heading += " \(type)" }
                if let name = handler.name { heading += " as \(name)" }
                result += [heading + ":"] + Self.block(handler.body)
            }
            result += Self.elseBlock(statement.orElse)
            if !statement.finally.isEmpty { result += ["finally:"] + Self.block(statement.finally) }
            return result
        case .return(let value): return [value.map { "return \($0)" } ?? "return"]
        case .assert(let test, let message): return ["assert \(test)" + (message.map { ", \($0)" } ?? "")]
        case .import(let modules):
            return ["import " + modules.map { $0.path.joined(separator: ".") + ($0.alias.map { " as \($0)" } ?? "") }
                .joined(separator: ", ")]
        case .importFrom(let module, let names):
            return ["from \(module.joined(separator: ".")) import "
                + names.map { $0.name + ($0.alias.map { " as \($0)" } ?? "") }.joined(separator: ", ")]
        case .delete(let targets): return ["del " + targets.map(\.description).joined(separator: ", ")]
        case .global(let names): return ["global " + names.joined(separator: ", ")]
        case .nonlocal(let names): return ["nonlocal " + names.joined(separator: ", ")]
        case .raise(let value, let cause):
            return [(value.map { "raise \($0)" } ?? "raise") + (cause.map { " from \($0)" } ?? "")]
        }
    }

    private static func block(_ body: [Statement]) -> [String] {
        body.flatMap(\.lines).map { "    " + $0 }
    }

    private static func elseBlock(_ body: [Statement]) -> [String] {
        body.isEmpty ? [] : ["else:"] + block(body)
    }
}

extension Program: CustomStringConvertible {
    /// The program as Python source, one statement after another.
    public var description: String { body.map(\.description).joined(separator: "\n") }
}
