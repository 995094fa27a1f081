/// Turns a parsed cell into closures, once, before it runs: names become slots, operators become direct calls,
/// so that running a loop body does no lookup by name.
struct Compiler {
    unowned(unsafe) let rt: Interpreter
    let scope: Scope
    /// The cell being compiled, for error positions.
    let cell: Int

    /// A compiled statement with its position, for the step budget and error placement. (A struct, not a tuple:
    /// arrays of structs store the closure as is, where tuples would add a conversion thunk to every call.)
    struct CompiledStatement {
        let run: Execute
        let line: Int
        let column: Int
    }

    /// A compiled expression, for arrays of them (see `CompiledStatement`).
    struct CompiledExpression {
        let evaluate: Evaluate
    }

    func nested(_ scope: Scope) -> Compiler {
        Compiler(rt: rt, scope: scope, cell: cell)
    }

    /// The interpreter for closures to capture: borrowed at each use, neither retained nor released.
    var reference: InterpreterReference { InterpreterReference(rt) }

    // MARK: Blocks

    func block(_ statements: [Statement]) throws -> Execute {
        let compiled = try statements.map {
            CompiledStatement(run: try statement($0), line: $0.position.line, column: $0.position.column)
        }
        let rt = reference
        let cell = self.cell
        if compiled.count == 1, let only = compiled.first {
            return { frame in
                do {
                    try rt.beginStatement()
                    return try only.run(frame)
                } catch let error as PyError {
                    throw error.placed(line: only.line, column: only.column, cell: cell)
                }
            }
        }
        return { frame in
            for statement in compiled {
                let flow: Flow
                do {
                    try rt.beginStatement()
                    flow = try statement.run(frame)
                } catch let error as PyError {
                    throw error.placed(line: statement.line, column: statement.column, cell: cell)
                }
                if flow != .normal { return flow }
            }
            return .normal
        }
    }

    // MARK: Statements

    func statement(_ statement: Statement) throws -> Execute {
        let rt = reference
        switch statement.kind {
        case .expression(let expression):
            let value = try self.expression(expression)
            return { frame in
                _ = try value(frame)
                return .normal
            }
        case .assign(let targets, let value):
            return try assignment(targets: targets, value: value)
        case .augmentedAssign(let target, let op, let value):
            return try augmentedAssignment(target: target, operator: op, value: value)
        case .if(let branches, let orElse):
            return try conditional(branches: branches, orElse: orElse)
        case .for(let target, let iterable, let body, let orElse):
            return try forLoop(target: target, iterable: iterable, body: body, orElse: orElse)
        case .while(let condition, let body, let orElse):
            return try whileLoop(condition: condition, body: body, orElse: orElse)
        case .break: return { _ in .breakLoop }
        case .continue: return { _ in .continueLoop }
        case .pass: return { _ in .normal }
        case .functionDefinition(let definition):
            return try functionDefinition(definition, at: statement.position)
        case .classDefinition(let definition):
            return try classDefinition(definition, at: statement.position)
        case .try(let statement):
            return try tryStatement(statement)
        case .return(let value):
            guard let value else {
                return { _ in
                    rt { $0.returnValue = .none }
                    return .returned
                }
            }
            let result = try expression(value)
            return { frame in
                let returned = try result(frame)
                rt { $0.returnValue = returned }
                return .returned
            }
        case .assert(let test, let message):
            let condition = try truth(test)
            let text = try message.map { try expression($0) }
            return { frame in
                if try condition(frame) { return .normal }
                guard let text else { throw PyError("AssertionError", "") }
                let value = try text(frame)
                var error = PyError("AssertionError", try rt { try $0.str(value) })
                error.arguments = [value]
                throw error
            }
        case .import(let modules):
            return try importModules(modules)
        case .importFrom(let path, let names):
            return try importNames(names, from: path)
        case .delete(let targets):
            return try deletion(targets)
        case .global:
            return { _ in .normal }
        case .nonlocal(let names):
            try checkNonlocal(names, at: statement.position)
            return { _ in .normal }
        case .raise(let exception, let cause):
            return try raise(exception, cause: cause)
        }
    }

    private func conditional(branches: [ConditionalBranch], orElse: [Statement]) throws -> Execute {
        let tests = try branches.map { (test: try truth($0.condition), body: try block($0.body)) }
        let otherwise = orElse.isEmpty ? nil : try block(orElse)
        if tests.count == 1, let only = tests.first {
            return { frame in
                if try only.test(frame) { return try only.body(frame) }
                return try otherwise?(frame) ?? .normal
            }
        }
        return { frame in
            for branch in tests where try branch.test(frame) {
                return try branch.body(frame)
            }
            return try otherwise?(frame) ?? .normal
        }
    }

    private func whileLoop(condition: Expression, body: [Statement], orElse: [Statement]) throws -> Execute {
        let test = try truth(condition)
        let run = try block(body)
        let otherwise = orElse.isEmpty ? nil : try block(orElse)
        let rt = reference
        return { frame in
            while try test(frame) {
                try rt.checkEngineValues()
                switch try run(frame) {
                case .breakLoop: return .normal
                case .returned: return .returned
                case .normal, .continueLoop: break
                }
            }
            return try otherwise?(frame) ?? .normal
        }
    }

    private func forLoop(target: Expression, iterable: Expression, body: [Statement], orElse: [Statement]) throws
        -> Execute
    {
        let loop = try iteration(over: iterable, into: target, targets: self)
        let run = try block(body)
        let otherwise = orElse.isEmpty ? nil : try block(orElse)
        let rt = reference
        return { frame in
            var broke = false
            let flow = try loop(frame, frame, { _ in }) {
                try rt.checkEngineValues()
                switch try run(frame) {
                case .breakLoop:
                    broke = true
                    return .breakLoop
                case .returned: return .returned
                case .normal, .continueLoop: return .normal
                }
            }
            if flow == .returned { return .returned }
            if broke { return .normal }
            return try otherwise?(frame) ?? .normal
        }
    }

    /// `nonlocal x` needs an enclosing function that binds `x`, as CPython checks when it compiles.
    private func checkNonlocal(_ names: [String], at position: SourcePosition) throws {
        if scope.isModule { throw syntaxError("nonlocal declaration not allowed at module level", at: position) }
        for name in names {
            var enclosing = scope.parent
            var found = false
            while let current = enclosing, !current.isModule {
                if current.isLocal(name) {
                    found = true
                    break
                }
                enclosing = current.parent
            }
            if !found { throw syntaxError("no binding for nonlocal '\(name)' found", at: position) }
        }
    }

    /// `raise`, `raise value`, `raise value from cause`.
    private func raise(_ exception: Expression?, cause: Expression?) throws -> Execute {
        let rt = reference
        guard let exception else {
            return { _ in
                guard let handled = rt({ $0.handling.last }) else {
                    throw PyError("RuntimeError", "No active exception to reraise")
                }
                throw handled
            }
        }
        let value = try expression(exception)
        let reason = try cause.map { try expression($0) }
        return { frame in
            let raised = try value(frame)
            let because = try reason?(frame)
            throw try rt { try $0.raising(raised, cause: because) }
        }
    }
}
