extension Compiler {
    /// A compile-time error at `position`: misuse the parser lets through, such as `*x` outside a display.
    func syntaxError(_ message: String, at position: SourcePosition) -> PyError {
        var error = PyError("SyntaxError", message)
        error.line = position.line
        error.column = position.column
        error.cell = cell
        return error
    }

    /// Wraps `body` so that an error it throws is reported at `position` (unless it already has a place in this
    /// cell, deeper inside).
    func placing<Result>(_ position: SourcePosition, _ body: @escaping (Frame) throws -> Result) -> (Frame) throws -> Result {
        let line = position.line, column = position.column, cell = self.cell
        return { frame in
            do { return try body(frame) } catch let error as PyError {
                throw error.placed(line: line, column: column, cell: cell)
            }
        }
    }

    func expression(_ expression: Expression) throws -> Evaluate {
        let position = expression.position
        switch expression.kind {
        case .integer(let i): return constant(.int(i))
        case .float(let d): return constant(.float(d))
        case .string(let s): return constant(.string(s))
        case .boolean(let b): return constant(.bool(b))
        case .none: return constant(.none)
        case .formattedString(let parts): return try formattedString(parts)
        case .name(let name): return self.name(name, at: position)
        case .list(let items):
            let elements = try sequence(items)
            return { frame in .list(ListObject(try elements(frame))) }
        case .tuple(let items):
            let elements = try sequence(items)
            return { frame in .tuple(try elements(frame)) }
        case .set(let items):
            let elements = try sequence(items)
            let rt = reference
            return { frame in
                let items = try elements(frame)
                return .set(try rt { try SetObject(items, $0) })
            }
        case .dictionary(let entries): return try dictionary(entries)
        case .starred:
            throw syntaxError("can't use starred expression here", at: position)
        case .slice(let lower, let upper, let step):
            // A slice inside a tuple index (`X[:, 0]`) is a slice object.
            let low = try lower.map { try self.expression($0) }
            let high = try upper.map { try self.expression($0) }
            let stride = try step.map { try self.expression($0) }
            let rt = reference
            return { frame in
                let a = try low?(frame), b = try high?(frame), c = try stride?(frame)
                return rt { $0.makeSlice(a, b, c) }
            }
        case .attribute(let object, let name):
            return try attributeRead(object, name, at: position)
        case .subscript(let object, let index):
            return try subscriptRead(object, index, at: position)
        case .call(let callee, let arguments):
            if Self.consumesIntermediates(expression) { return try arithmetic(expression) }
            return try call(callee, arguments, at: position)
        case .unary(let op, let operand):
            if Self.consumesIntermediates(expression) { return try arithmetic(expression) }
            return try unary(op, operand, at: position)
        case .binary(let op, let lhs, let rhs):
            if Self.consumesIntermediates(expression) { return try arithmetic(expression) }
            return binary(op, try self.expression(lhs), try self.expression(rhs), at: position)
        case .logical(let op, let operands):
            let compiled = try operands.map { CompiledExpression(evaluate: try self.expression($0)) }
            let isAnd = op == .and
            let rt = reference
            let evaluate: Evaluate = { frame in
                var value = Object.none
                for operand in compiled {
                    value = try operand.evaluate(frame)
                    let truth: Bool = try rt { try $0.truth(value) }
                    if truth != isAnd { return value }
                }
                return value
            }
            return placing(position, evaluate)
        case .comparison(let first, let steps):
            return try comparisonValue(first, steps)
        case .conditional(let condition, let then, let otherwise):
            let test = try truth(condition)
            let yes = try self.expression(then)
            let no = try self.expression(otherwise)
            return { frame in try test(frame) ? try yes(frame) : try no(frame) }
        case .lambda(let parameters, let body):
            return try lambda(parameters: parameters, body: body, at: position)
        case .listComprehension(let element, let clauses):
            let run = try comprehension(clauses, elements: [element]) { compiler in try compiler.expression(element) }
            return { frame in .list(ListObject(try run(frame))) }
        case .generator(let element, let clauses):
            let run = try comprehension(clauses, elements: [element]) { compiler in try compiler.expression(element) }
            return { frame in .iterator(IteratorObject(typeName: "generator", items: try run(frame))) }
        case .setComprehension(let element, let clauses):
            let run = try comprehension(clauses, elements: [element]) { compiler in try compiler.expression(element) }
            let rt = reference
            return { frame in
                let items = try run(frame)
                return .set(try rt { try SetObject(items, $0) })
            }
        case .dictionaryComprehension(let key, let value, let clauses):
            let run = try comprehension(clauses, elements: [key, value]) { compiler in
                let k = try compiler.expression(key), v = try compiler.expression(value)
                return { frame in .tuple([try k(frame), try v(frame)]) }
            }
            let rt = reference
            return { frame in
                let dict = DictObject()
                for pair in try run(frame) {
                    if case .tuple(let kv) = pair, kv.count == 2 { try rt { try dict.set(kv[0], kv[1], $0) } }
                }
                return .dict(dict)
            }
        }
    }

    func constant(_ value: Object) -> Evaluate {
        { _ in value }
    }

    /// Reads a name through the slot the scope gave it.
    func name(_ name: String, at position: SourcePosition) -> Evaluate {
        let line = position.line, column = position.column, cell = self.cell
        func failure(_ error: PyError) -> PyError { error.placed(line: line, column: column, cell: cell) }
        let unboundLocal = "cannot access local variable '\(name)' where it is not associated with a value"
        switch scope.resolve(name, globals: rt.globals) {
        case .local(let slot):
            return { frame in
                let value = frame.slots[slot]
                if case .unbound = value { throw failure(PyError("UnboundLocalError", unboundLocal)) }
                return value
            }
        case .cell(let index):
            return { frame in
                let value = frame.environment.unsafelyUnwrapped[index]
                if case .unbound = value { throw failure(PyError("UnboundLocalError", unboundLocal)) }
                return value
            }
        case .free(let depth, let index):
            return { frame in
                let value = frame.closure.unsafelyUnwrapped.ancestor(depth)[index]
                if case .unbound = value {
                    throw failure(
                        PyError(
                            "NameError",
                            "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"
                        ))
                }
                return value
            }
        case .global(let slot):
            let builtin = rt.builtins[name]
            let address = rt.globals.address(of: slot)
            return { _ in
                let value = address.pointee
                if case .unbound = value {
                    if let builtin { return builtin }
                    throw failure(PyError.name(name))
                }
                return value
            }
        case .classLocal(let slot, let global):
            let builtin = rt.builtins[name]
            let address = rt.globals.address(of: global)
            return { frame in
                let value = frame.slots[slot]
                if case .unbound = value {
                    let fallback = address.pointee
                    if case .unbound = fallback {
                        if let builtin { return builtin }
                        throw failure(PyError.name(name))
                    }
                    return fallback
                }
                return value
            }
        }
    }

    /// Where the variable `name` lives in a running frame.
    func address(of name: String) -> VariableAddress {
        switch scope.resolve(name, globals: rt.globals) {
        case .local(let slot), .classLocal(let slot, _): return .local(slot)
        case .cell(let index): return .cell(index)
        case .free(let depth, let index): return .free(depth: depth, index: index)
        case .global(let slot): return .global(rt.globals.address(of: slot))
        }
    }

    /// The elements of a list, tuple or set display, unpacking `*xs`.
    func sequence(_ items: [Expression]) throws -> (Frame) throws -> [Object] {
        let hasStar = items.contains { if case .starred = $0.kind { return true } else { return false } }
        if !hasStar {
            let compiled = try items.map { CompiledExpression(evaluate: try expression($0)) }
            return { frame in
                var out: [Object] = []
                out.reserveCapacity(compiled.count)
                for element in compiled { out.append(try element.evaluate(frame)) }
                return out
            }
        }
        unowned(unsafe) let rt = self.rt
        let compiled = try items.map { item -> (Evaluate, Bool) in
            if case .starred(let inner) = item.kind { return (try expression(inner), true) }
            return (try expression(item), false)
        }
        return { frame in
            var out: [Object] = []
            for (element, starred) in compiled {
                if starred {
                    out.append(contentsOf: try rt.elements(of: try element(frame)))
                } else {
                    out.append(try element(frame))
                }
            }
            return out
        }
    }

    private func dictionary(_ entries: [DictionaryEntry]) throws -> Evaluate {
        let rt = reference
        let compiled = try entries.map { entry in (try entry.key.map { try expression($0) }, try expression(entry.value)) }
        return { frame in
            let dict = DictObject()
            for (key, value) in compiled {
                if let key {
                    let k = try key(frame), v = try value(frame)
                    try rt { try dict.set(k, v, $0) }
                } else {
                    guard case .dict(let other) = try value(frame) else {
                        throw PyError.type("'**' argument must be a mapping")
                    }
                    for (k, v) in other.entries { try rt { try dict.set(k, v, $0) } }
                }
            }
            return .dict(dict)
        }
    }
}
