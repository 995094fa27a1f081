extension Compiler {
    /// A comprehension in its own scope (as in Python 3): the first iterable is evaluated outside, the loop
    /// variables live in a fresh frame. Returns the produced elements in order.
    func comprehension(
        _ clauses: [ComprehensionClause], elements: [Expression], element: (Compiler) throws -> Evaluate
    ) throws -> (Frame) throws -> [Object] {
        let reference = self.reference
        let limit = rt.limits.collectionElements
        guard let firstClause = clauses.first else { return { _ in [] } }
        let inner = comprehensionScope(clauses, elements: elements)
        let compiler = nested(inner)
        let makeFrame = frameMaker(for: inner)
        if clauses.count == 1, firstClause.conditions.isEmpty {
            let loop = try iteration(over: firstClause.iterable, into: firstClause.target, targets: compiler)
            let produce = try element(compiler)
            return { frame in
                let local = makeFrame(frame)
                var out: [Object] = []
                _ = try loop(frame, local, { out.reserveCapacity($0) }) {
                    try reference.charge()
                    out.append(try produce(local))
                    if out.count > limit { try reference.checkSize(out.count) }
                    return .normal
                }
                return out
            }
        }
        let firstIterable = try expression(firstClause.iterable)
        struct Loop {
            let iterable: Evaluate?
            let store: Store
            let conditions: [(Frame) throws -> Bool]
        }
        let loops = try clauses.enumerated().map { index, clause in
            Loop(
                iterable: index == 0 ? nil : try compiler.expression(clause.iterable),
                store: try compiler.target(clause.target),
                conditions: try clause.conditions.map { try compiler.truth($0) })
        }
        let produce = try element(compiler)
        return { frame in
            let source = try firstIterable(frame)
            let local = makeFrame(frame)
            var out: [Object] = []
            func run(_ level: Int, _ items: Object, _ rt: Interpreter) throws {
                let loop = loops[level]
                _ = try rt.forEach(items) { item in
                    try rt.charge()
                    try loop.store(local, item)
                    for condition in loop.conditions where !(try condition(local)) { return .normal }
                    if level == loops.count - 1 {
                        out.append(try produce(local))
                        if out.count > limit { try rt.checkSize(out.count) }
                    } else if let next = loops[level + 1].iterable {
                        try run(level + 1, try next(local), rt)
                    }
                    return .normal
                }
            }
            try reference { try run(0, source, $0) }
            return out
        }
    }
}

extension Compiler {
    /// The scope of a comprehension (its own, as in Python 3), with its loop variables declared.
    func comprehensionScope(_ clauses: [ComprehensionClause], elements: [Expression]) -> Scope {
        let inner = Scope(
            parent: scope, kind: .comprehension,
            captured: ScopeAnalysis.captured(comprehension: elements, clauses: clauses),
            qualifiedName: scope.qualifiedName(for: "<listcomp>") + ".<locals>")
        for clause in clauses { inner.declareTarget(clause.target) }
        return inner
    }

    /// Makes the frame a nested scope runs in, inside `frame`: its closure is `frame`'s environment chain, and it
    /// gets an environment of its own when something inside captures its variables.
    func frameMaker(for inner: Scope) -> (Frame) -> Frame {
        let slotCount = inner.slotCount, environmentSize = inner.environmentSize
        let heap = rt.heap
        if environmentSize == 0 {
            return { frame in Frame(count: slotCount, closure: frame.environment ?? frame.closure) }
        }
        return { frame in
            let local = Frame(count: slotCount, closure: frame.environment ?? frame.closure)
            local.environment = Environment(count: environmentSize, parent: local.closure, heap: heap)
            return local
        }
    }
}
