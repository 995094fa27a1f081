import Micrograd

extension Compiler {
    /// `sum(element for target in iterable if condition)` with the built-in `sum`: the generator is consumed as
    /// Python consumes it, each element added as soon as it is made, and the running total of engine values stays
    /// an intermediate, so `sum((p*p for p in model.parameters()))` makes a node per product and per addition but a
    /// handle only for the total. The nodes are those the general path makes, interleaved as CPython makes them.
    ///
    /// `nil` unless the call is `sum` of one generator of one clause whose target is names and whose element and
    /// conditions are pure (`isPure`): only then can no code run between making an intermediate and adding it.
    /// The compiled call checks at each run that `sum` is still the built-in, and otherwise calls what it is.
    func streamingSum(_ callee: Expression, _ arguments: [Argument], at position: SourcePosition) throws -> Evaluate? {
        guard case .name("sum") = callee.kind, arguments.count == 1, let only = arguments.first,
            only.kind == .positional, case .generator(let element, let clauses) = only.value.kind,
            clauses.count == 1, let clause = clauses.first, Self.isNames(clause.target), Self.isPure(element),
            clause.conditions.allSatisfy(Self.isPure), case .builtin(let builtin)? = rt.builtins["sum"]
        else { return nil }
        let function = try expression(callee)
        let general = try expression(only.value)
        let inner = comprehensionScope(clauses, elements: [element])
        let compiler = nested(inner)
        let loop = try iteration(over: clause.iterable, into: clause.target, targets: compiler)
        let conditions = try clause.conditions.map { try compiler.truth($0) }
        let produce = try compiler.operand(element)
        let makeFrame = frameMaker(for: inner)
        let add = binaryFunction(.add)
        let tape = rt.tape
        let rt = reference
        let line = position.line, column = position.column, cell = self.cell
        return { frame in
            let f = try function(frame)
            guard case .builtin(let called) = f, called === builtin else {
                let generator = try general(frame)
                do { return try rt.call(f, generator) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
            }
            // Collect now if due, as `sum` of values does: with a total pending, nothing may collect.
            tape.collectIfNeeded()
            let local = makeFrame(frame)
            var total = Operand.object(.int(0))
            // The running total stays a pending node while elements are made (see `Tape.pendingHolds`).
            tape.pendingHolds &+= 1
            defer { tape.pendingHolds &-= 1 }
            _ = try loop(frame, local, { _ in }) {
                try rt.charge()
                for condition in conditions where !(try condition(local)) { return .normal }
                let term = try produce(local)
                do { total = try Self.combine(.add, total, term, tape, add) } catch let error as PyError {
                    throw error.placed(line: line, column: column, cell: cell)
                }
                return .normal
            }
            return total.object(on: tape)
        }
    }

    /// Whether a target binds names only (`x`, `a, (b, c)`): storing into it runs no code.
    static func isNames(_ target: Expression) -> Bool {
        switch target.kind {
        case .name: return true
        case .tuple(let items), .list(let items): return items.allSatisfy(isNames)
        default: return false
        }
    }
}
