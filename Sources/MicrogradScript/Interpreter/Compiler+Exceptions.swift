extension Compiler {
    /// `try` with its `except` clauses, `else` and `finally`, as Python runs them: a clause's type is evaluated
    /// only when an exception reaches it; the bound name is unbound after the clause; `finally` runs however the
    /// statement is left, and a `return` or `break` in it discards the exception. Gradbook's limits (the step
    /// budget, the output limit) pass through every clause.
    func tryStatement(_ statement: TryStatement) throws -> Execute {
        struct Handler {
            let type: Evaluate?
            let bind: Store?
            let unbind: Execute?
            let body: Execute
        }
        let body = try block(statement.body)
        let handlers = try statement.handlers.map { handler in
            Handler(
                type: try handler.type.map { try expression($0) },
                bind: try handler.name.map { try target(Expression(.name($0), at: handler.position)) },
                unbind: try handler.name.map { try deletion([Expression(.name($0), at: handler.position)]) },
                body: try block(handler.body))
        }
        let orElse = statement.orElse.isEmpty ? nil : try block(statement.orElse)
        let finally = statement.finally.isEmpty ? nil : try block(statement.finally)
        let rt = reference
        let guarded: Execute = { frame in
            do {
                let flow = try body(frame)
                if flow != .normal { return flow }
            } catch var error as PyError where !error.isLimit && !handlers.isEmpty {
                for handler in handlers {
                    if let type = handler.type {
                        let expected = try type(frame)
                        guard try rt({ try $0.exceptionMatches(error, expected) }) else { continue }
                    }
                    if let bind = handler.bind {
                        let object = rt { $0.exceptionObject(of: &error) }
                        try bind(frame, .instance(object))
                    }
                    rt { $0.handling.append(error) }
                    defer { rt { _ = $0.handling.popLast() } }
                    let flow = try handler.body(frame)
                    if let unbind = handler.unbind { _ = try? unbind(frame) }
                    return flow
                }
                throw error
            }
            return try orElse?(frame) ?? .normal
        }
        guard let finally else { return guarded }
        return { frame in
            let flow: Flow
            do {
                flow = try guarded(frame)
            } catch {
                let finalFlow = try finally(frame)
                if finalFlow != .normal { return finalFlow }
                throw error
            }
            let returned = rt { $0.returnValue }
            let finalFlow = try finally(frame)
            if finalFlow != .normal { return finalFlow }
            rt { $0.returnValue = returned }
            return flow
        }
    }
}
