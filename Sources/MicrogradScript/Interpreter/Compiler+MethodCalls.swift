extension Compiler {
    /// `obj.name(arguments)`, without making a bound method: an engine value's method goes straight to the engine;
    /// a lesson instance's method is found through an `AttributeCache` and called with the instance first (its
    /// arguments bound straight into the frame when there are at most two); anything else dispatches by name.
    func methodCall(_ object: Expression, _ name: String, _ arguments: [Argument], at position: SourcePosition) throws
        -> Evaluate
    {
        let receiver = try expression(object)
        let collect = try self.arguments(arguments)
        let rt = reference
        let heap = self.rt.heap
        let cache = AttributeCache()
        let line = position.line, column = position.column, cell = self.cell
        let valueMethod = arguments.isEmpty ? ValueMethod(name) : nil
        let simple = arguments.count <= 2 && arguments.allSatisfy { $0.kind == .positional }
        let values = simple ? try arguments.map { CompiledExpression(evaluate: try expression($0.value)) } : []
        let count = values.count
        /// The call through the cache's entry, or `nil` when the cache has nothing for this receiver.
        let cached: (Frame, Object) throws -> Object? = { frame, owner in
            guard case .instance(let instance) = owner, let entry = cache.lookup(instance, epoch: heap.typeEpoch) else {
                return nil
            }
            switch entry {
            case .method(let unretained):
                let function = unretained.takeUnretainedValue()
                let parameters = function.parameters
                guard simple, function.positionalOnlySimple, parameters.count == count + 1 else {
                    let args = try collect(frame)
                    return try rt { try $0.callFunction(function, receiver: owner, args) }
                }
                switch count {
                case 0:
                    return try rt { try $0.run(function) { $0.slots[parameters[0].slot] = owner } }
                case 1:
                    let a = try values[0].evaluate(frame)
                    return try rt { rt in
                        try rt.run(function) { callee in
                            callee.slots[parameters[0].slot] = owner
                            callee.slots[parameters[1].slot] = a
                        }
                    }
                default:
                    let a = try values[0].evaluate(frame)
                    let b = try values[1].evaluate(frame)
                    return try rt { rt in
                        try rt.run(function) { callee in
                            callee.slots[parameters[0].slot] = owner
                            callee.slots[parameters[1].slot] = a
                            callee.slots[parameters[2].slot] = b
                        }
                    }
                }
            case .own(let position):
                let callee = instance.value(at: position)
                if count == 0, simple { return try rt { try $0.call(callee, Arguments([])) } }
                let args = try collect(frame)
                return try rt { try $0.call(callee, args) }
            case .add: return nil
            }
        }
        return { frame in
            let owner = try receiver(frame)
            do {
                if let valueMethod, case .value(let value) = owner { return try valueMethod.call(on: value) }
                if let result = try cached(frame, owner) { return result }
                let args = try collect(frame)
                let result = try rt { try $0.callMethod(owner, name, args) }
                if case .instance(let instance) = owner { cache.learn(instance, name, epoch: heap.typeEpoch) }
                return result
            } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }
}
