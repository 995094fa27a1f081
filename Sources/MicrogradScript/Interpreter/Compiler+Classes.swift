extension Compiler {
    /// `class Name(bases): body`: the bases are evaluated here, the body runs once in a scope of its own whose
    /// names become the class's attributes (in the order the body first binds them), then the decorators apply.
    /// Methods that call `super()` find the class through the class body's `__class__` variable.
    func classDefinition(_ definition: ClassDefinition, at position: SourcePosition) throws -> Execute {
        if let keyword = definition.keywords.first, case .keyword(let name) = keyword.kind {
            let message = name == "metaclass"
                ? "metaclasses are not supported in Gradbook cells (class \(definition.name)(…, metaclass=…))"
                : "class keyword arguments are not supported in Gradbook cells ('\(name)=')"
            throw syntaxError(message, at: keyword.position)
        }
        let decorators = try definition.decorators.map { CompiledExpression(evaluate: try expression($0)) }
        let bases = try definition.bases.map { CompiledExpression(evaluate: try expression($0)) }
        let usesClassCell = ScopeAnalysis.classCellIsUsed(definition.body)
        let qualifiedName = scope.qualifiedName(for: definition.name)
        let inner = Scope(
            parent: scope, kind: .class, captured: usesClassCell ? ["__class__"] : [], qualifiedName: qualifiedName)
        if usesClassCell { inner.declareLocal("__class__") }
        inner.declareBindings(in: definition.body)
        let body = try nested(inner).block(definition.body)
        let members = inner.slotNames.compactMap { name in inner.slotIndex(of: name).map { (name, $0) } }
        let environmentSize = inner.environmentSize
        let docstring = Self.docstring(of: definition.body)
        let store = try target(Expression(.name(definition.name), at: position))
        let name = definition.name
        let rt = reference
        let heap = rt { $0.heap }
        let line = position.line, column = position.column, cell = self.cell
        return { frame in
            var decorating: [Object] = []
            for decorator in decorators { decorating.append(try decorator.evaluate(frame)) }
            var baseTypes: [TypeObject] = []
            for base in bases {
                let value = try base.evaluate(frame)
                do { baseTypes.append(try rt { try $0.baseClass(value, of: name) }) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
            let classFrame = Frame(count: members.count, closure: frame.environment ?? frame.closure)
            if environmentSize > 0 {
                classFrame.environment = Environment(count: environmentSize, parent: classFrame.closure, heap: heap)
            }
            _ = try body(classFrame)
            var made: Object
            do {
                let type = try rt { rt in
                    try TypeObject(
                        lessonClass: name, qualifiedName: qualifiedName,
                        bases: baseTypes.isEmpty ? [rt.types.object] : baseTypes, module: "__main__")
                }
                try rt { rt in
                    for (member, slot) in members {
                        let value = classFrame.slots[slot]
                        if case .unbound = value { continue }
                        try rt.checkClassAttribute(member, value)
                        if case .native(let native) = value, let property = native as? PropertyObject {
                            property.assignedName = member
                        }
                        type.setAttribute(member, value, epoch: &rt.heap.typeEpoch)
                    }
                    if let docstring { type.setAttribute("__doc__", .string(docstring), epoch: &rt.heap.typeEpoch) }
                    // CPython's rule: a class that defines `__eq__` and not `__hash__` gets `__hash__ = None`.
                    if type.attributes["__eq__"] != nil, type.attributes["__hash__"] == nil {
                        type.setAttribute("__hash__", .none, epoch: &rt.heap.typeEpoch)
                    }
                }
                if usesClassCell { classFrame.environment?[0] = .type(type) }
                made = .type(type)
                for decorator in decorating.reversed() { made = try rt.call(decorator, made) }
            } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
            try store(frame, made)
            return .normal
        }
    }
}

extension Interpreter {
    /// A class statement's base: a class that lessons may subclass (`object`, an exception, a lesson's class).
    func baseClass(_ value: Object, of name: String) throws -> TypeObject {
        guard case .type(let type) = value else {
            throw PyError.type("bases must be types (class \(name) got a '\(typeName(value))')")
        }
        guard type.isSubclassable else {
            throw PyError.type(
                "Gradbook does not support subclassing the built-in type '\(type.name)'; subclass object and keep a '\(type.name)' as an attribute")
        }
        return type
    }
}

extension Scope {
    /// The frame slot of `name`, if it has one.
    func slotIndex(of name: String) -> Int? { slots[name] }
}
