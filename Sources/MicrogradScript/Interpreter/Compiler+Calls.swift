extension Compiler {
    /// A call. `obj.name(…)` dispatches on the receiver without making a bound method first.
    func call(_ callee: Expression, _ arguments: [Argument], at position: SourcePosition) throws -> Evaluate {
        if let sum = try streamingSum(callee, arguments, at: position) { return sum }
        if case .name("super") = callee.kind, arguments.isEmpty { return try zeroArgumentSuper(at: position) }
        let rt = reference
        let collect = try self.arguments(arguments)
        let line = position.line, column = position.column, cell = self.cell
        if case .attribute(let object, let name) = callee.kind {
            return try methodCall(object, name, arguments, at: position)
        }
        let function = try expression(callee)
        if arguments.count == 1, let only = arguments.first, only.kind == .positional {
            let argument = try expression(only.value)
            return { frame in
                let f = try function(frame)
                let x = try argument(frame)
                do { return try rt { try $0.call(f, x) } } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        }
        if arguments.count == 2, arguments.allSatisfy({ $0.kind == .positional }) {
            let first = try expression(arguments[0].value), second = try expression(arguments[1].value)
            return { frame in
                let f = try function(frame)
                let x = try first(frame)
                let y = try second(frame)
                do { return try rt.call(f, x, y) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
        }
        return { frame in
            let f = try function(frame)
            let args = try collect(frame)
            do { return try rt { try $0.call(f, args) } } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }

    /// Evaluates a call's arguments left to right, unpacking `*xs` and `**mapping`.
    func arguments(_ arguments: [Argument]) throws -> (Frame) throws -> Arguments {
        unowned(unsafe) let rt = self.rt
        let simple = arguments.allSatisfy { $0.kind == .positional }
        if simple {
            let values = try arguments.map { CompiledExpression(evaluate: try expression($0.value)) }
            switch values.count {
            case 0: return { _ in Arguments([]) }
            case 1:
                let only = values[0].evaluate
                return { frame in Arguments([try only(frame)]) }
            case 2:
                let first = values[0].evaluate, second = values[1].evaluate
                return { frame in
                    let a = try first(frame)
                    return Arguments([a, try second(frame)])
                }
            default:
                return { frame in
                    var positional: [Object] = []
                    positional.reserveCapacity(values.count)
                    for value in values { positional.append(try value.evaluate(frame)) }
                    return Arguments(positional)
                }
            }
        }
        let compiled = try arguments.map { (kind: $0.kind, value: try expression($0.value)) }
        return { frame in
            var result = Arguments([])
            for argument in compiled {
                let value = try argument.value(frame)
                switch argument.kind {
                case .positional: result.positional.append(value)
                case .keyword(let name):
                    if result.keywords.contains(where: { $0.name == name }) {
                        throw PyError("SyntaxError", "keyword argument repeated: \(name)")
                    }
                    result.keywords.append((name, value))
                case .unpackedSequence: result.positional.append(contentsOf: try rt.elements(of: value))
                case .unpackedMapping:
                    guard case .dict(let dict) = value else {
                        throw PyError.type("argument after ** must be a mapping, not \(value.typeName)")
                    }
                    for (key, item) in zip(dict.keys, dict.values) {
                        guard case .string(let name) = key else { throw PyError.type("keywords must be strings") }
                        result.keywords.append((name, item))
                    }
                }
            }
            return result
        }
    }

    /// `super()` in a method: `super(__class__, self)`, with the class from the class body's `__class__` variable
    /// and the method's first argument, as CPython compiles it.
    private func zeroArgumentSuper(at position: SourcePosition) throws -> Evaluate {
        let function = self.name("super", at: position)
        guard scope.kind == .function, let first = scope.firstParameter,
            case .free = scope.resolve("__class__", globals: rt.globals)
        else {
            return placing(position) { frame in
                _ = try function(frame)
                throw PyError("RuntimeError", "super(): no arguments")
            }
        }
        let owner = self.name("__class__", at: position)
        let instance = self.name(first, at: position)
        let rt = reference
        let superType = rt { $0.types.native("super") }
        return placing(position) { frame in
            let callee = try function(frame)
            guard case .type(let type) = callee, type === superType else {
                return try rt.call(callee, Arguments([]))
            }
            let start = try owner(frame), object = try instance(frame)
            return try rt { try $0.makeSuper(start, object, superType) }
        }
    }
}
