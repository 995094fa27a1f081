extension Compiler {
    func functionDefinition(_ definition: FunctionDefinition, at position: SourcePosition) throws -> Execute {
        let make = try function(
            name: definition.name, parameters: definition.parameters, body: definition.body)
        let store = try target(Expression(.name(definition.name), at: position))
        return { frame in
            try store(frame, try make(frame))
            return .normal
        }
    }

    func lambda(parameters: [Parameter], body: Expression, at position: SourcePosition) throws -> Evaluate {
        let statement = Statement(.return(body), at: body.position)
        return try function(name: "<lambda>", parameters: parameters, body: [statement])
    }

    /// Compiles a function's body in its own scope; the result makes a function object (defaults evaluated now,
    /// in the defining scope, and the defining frame captured as the closure).
    private func function(name: String, parameters: [Parameter], body: [Statement]) throws -> Evaluate {
        let inner = Scope(parent: scope)
        var seen: Set<String> = []
        for parameter in parameters {
            if !seen.insert(parameter.name).inserted {
                throw syntaxError(
                    "duplicate argument '\(parameter.name)' in function definition", at: parameter.position)
            }
        }
        let compiledParameters = parameters.map {
            FunctionObject.Parameter(name: $0.name, kind: $0.kind, slot: inner.declareLocal($0.name))
        }
        inner.declareBindings(in: body)
        let compiledBody = try nested(inner).block(body)
        let defaults = try parameters.map { try $0.defaultValue.map { try expression($0) } }
        let slotCount = inner.slotCount
        let definesFunctions = Self.localFunctionsAreReleasable(body)
        return { frame in
            var defaultValues: [Object?] = []
            defaultValues.reserveCapacity(defaults.count)
            for value in defaults { defaultValues.append(try value?(frame)) }
            return .function(
                FunctionObject(
                    name: name, parameters: compiledParameters, defaults: defaultValues, slotCount: slotCount,
                    body: compiledBody, closure: frame, definesFunctions: definesFunctions))
        }
    }

    /// Whether a call's local functions can be freed when it returns: the body defines functions only at its
    /// own level, those define none themselves, and no lambda appears anywhere, so the local functions are the
    /// only closures that can reach the call's frame.
    static func localFunctionsAreReleasable(_ body: [Statement]) -> Bool {
        var definitions: [FunctionDefinition] = []
        var pending = body
        while let statement = pending.popLast() {
            switch statement.kind {
            case .functionDefinition(let definition): definitions.append(definition)
            case .if(let branches, let orElse):
                pending += orElse
                for branch in branches { pending += branch.body }
            case .for(_, _, let body, let orElse), .while(_, let body, let orElse):
                pending += body + orElse
            default: break
            }
        }
        guard !definitions.isEmpty, !definitions.contains(where: { definesFunctions($0.body) }) else { return false }
        return !containsLambda(body)
    }

    /// Whether a lambda appears anywhere in these statements, nested function bodies included.
    private static func containsLambda(_ statements: [Statement]) -> Bool {
        var pendingStatements = statements
        var expressions: [Expression] = []
        while let statement = pendingStatements.popLast() {
            switch statement.kind {
            case .expression(let e): expressions.append(e)
            case .assign(let targets, let value): expressions += targets + [value]
            case .augmentedAssign(let target, _, let value): expressions += [target, value]
            case .if(let branches, let orElse):
                expressions += branches.map(\.condition)
                pendingStatements += orElse + branches.flatMap(\.body)
            case .for(let target, let iterable, let body, let orElse):
                expressions += [target, iterable]
                pendingStatements += body + orElse
            case .while(let condition, let body, let orElse):
                expressions.append(condition)
                pendingStatements += body + orElse
            case .functionDefinition(let definition):
                expressions += definition.parameters.compactMap(\.defaultValue)
                pendingStatements += definition.body
            case .return(let value): expressions += value.map { [$0] } ?? []
            case .assert(let test, let message): expressions += [test] + (message.map { [$0] } ?? [])
            case .delete(let targets): expressions += targets
            case .raise(let value): expressions += value.map { [$0] } ?? []
            default: break
            }
        }
        while let expression = expressions.popLast() {
            if case .lambda = expression.kind { return true }
            expressions += expression.kind.children
        }
        return false
    }

    /// Whether `def` appears in these statements (inside `if`, `for` and `while` too, not in nested functions).
    private static func definesFunctions(_ statements: [Statement]) -> Bool {
        var pending = statements
        while let statement = pending.popLast() {
            switch statement.kind {
            case .functionDefinition: return true
            case .if(let branches, let orElse):
                pending += orElse
                for branch in branches { pending += branch.body }
            case .for(_, _, let body, let orElse), .while(_, let body, let orElse):
                pending += body + orElse
            default: break
            }
        }
        return false
    }
}
