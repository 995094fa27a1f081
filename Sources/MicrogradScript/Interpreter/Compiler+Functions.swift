extension Compiler {
    func functionDefinition(_ definition: FunctionDefinition, at position: SourcePosition) throws -> Execute {
        let decorators = try definition.decorators.map { CompiledExpression(evaluate: try expression($0)) }
        let make = try function(
            name: definition.name, parameters: definition.parameters, body: definition.body, at: position)
        let store = try target(Expression(.name(definition.name), at: position))
        let rt = reference
        let line = position.line, column = position.column, cell = self.cell
        return { frame in
            var decorating: [Object] = []
            for decorator in decorators { decorating.append(try decorator.evaluate(frame)) }
            var made = try make(frame)
            do {
                for decorator in decorating.reversed() { made = try rt.call(decorator, made) }
            } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
            try store(frame, made)
            return .normal
        }
    }

    func lambda(parameters: [Parameter], body: Expression, at position: SourcePosition) throws -> Evaluate {
        let statement = Statement(.return(body), at: body.position)
        return try function(
            name: "<lambda>", parameters: parameters, body: [statement], at: position,
            captured: ScopeAnalysis.captured(parameters: parameters, expression: body))
    }

    /// Compiles a function's body in its own scope; the result makes a function object (defaults evaluated now,
    /// in the defining scope, and the defining call's environment captured as the closure).
    func function(
        name: String, parameters: [Parameter], body: [Statement], at position: SourcePosition,
        captured: Set<String>? = nil
    ) throws -> Evaluate {
        let qualifiedName = scope.qualifiedName(for: name)
        let inner = Scope(
            parent: scope, kind: .function,
            captured: captured ?? ScopeAnalysis.captured(parameters: parameters, body: body),
            qualifiedName: qualifiedName + ".<locals>")
        var seen: Set<String> = []
        for parameter in parameters {
            if !seen.insert(parameter.name).inserted {
                throw syntaxError(
                    "duplicate argument '\(parameter.name)' in function definition", at: parameter.position)
            }
        }
        let compiledParameters = parameters.map {
            CodeObject.Parameter(name: $0.name, kind: $0.kind, slot: inner.declareParameter($0.name))
        }
        inner.declareBindings(in: body)
        let compiledBody = try nested(inner).block(body)
        let defaults = try parameters.map { try $0.defaultValue.map { try expression($0) } }
        let code = CodeObject(
            name: name, qualifiedName: qualifiedName, parameters: compiledParameters, slotCount: inner.slotCount,
            environmentSize: inner.environmentSize, capturedParameters: inner.capturedParameters,
            body: compiledBody, docstring: Self.docstring(of: body))
        let heap = rt.heap
        let noDefaults = defaults.allSatisfy { $0 == nil }
        if noDefaults {
            let none: [Object?] = Array(repeating: nil, count: defaults.count)
            return { frame in
                .function(FunctionObject(code: code, defaults: none, closure: frame.environment ?? frame.closure, heap: heap))
            }
        }
        return { frame in
            var defaultValues: [Object?] = []
            defaultValues.reserveCapacity(defaults.count)
            for value in defaults { defaultValues.append(try value?(frame)) }
            return .function(
                FunctionObject(
                    code: code, defaults: defaultValues, closure: frame.environment ?? frame.closure, heap: heap))
        }
    }

    /// The docstring: a string literal as the body's first statement.
    static func docstring(of body: [Statement]) -> String? {
        guard let first = body.first, case .expression(let expression) = first.kind,
            case .string(let text) = expression.kind
        else { return nil }
        return text
    }
}

extension Scope {
    /// The `__qualname__` of something called `name` defined in this scope.
    func qualifiedName(for name: String) -> String {
        switch kind {
        case .module: return name
        case .function, .comprehension, .class: return qualifiedName.isEmpty ? name : qualifiedName + "." + name
        }
    }
}
