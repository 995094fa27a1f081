/// Python's symbol-table rules, worked out from the syntax tree before a scope is compiled: which names a body
/// binds, and which variables the scopes nested in it use from outside themselves. A variable that a nested
/// scope uses and this scope binds is captured: it lives in the call's `Environment`, not in a frame slot.
///
/// The walks switch exhaustively over every kind of statement and expression, so a new kind is a compile error
/// here until it is handled.
enum ScopeAnalysis {
    /// The names a body binds, in first-binding order, and its `global` and `nonlocal` declarations.
    struct Bindings {
        var names: [String] = []
        var globals: Set<String> = []
        var nonlocals: Set<String> = []
        private var seen: Set<String> = []

        mutating func bind(_ name: String) {
            if seen.insert(name).inserted { names.append(name) }
        }
    }

    /// Every name `body` binds at its own level: assignment, loop and `except … as` targets, imports, `def` and
    /// `class` names, `del` targets; not inside nested functions, classes, lambdas or comprehensions.
    static func bindings(in body: [Statement]) -> Bindings {
        var found = Bindings()
        var pending = Array(body.reversed())
        while let statement = pending.popLast() {
            switch statement.kind {
            case .assign(let targets, _):
                for target in targets { names(boundBy: target).forEach { found.bind($0) } }
            case .augmentedAssign(let target, _, _): names(boundBy: target).forEach { found.bind($0) }
            case .for(let target, _, let body, let orElse):
                names(boundBy: target).forEach { found.bind($0) }
                pending += (body + orElse).reversed()
            case .while(_, let body, let orElse): pending += (body + orElse).reversed()
            case .if(let branches, let orElse):
                pending += (branches.flatMap(\.body) + orElse).reversed()
            case .try(let statement):
                var inner = statement.body
                for handler in statement.handlers {
                    if let name = handler.name { found.bind(name) }
                    inner += handler.body
                }
                pending += (inner + statement.orElse + statement.finally).reversed()
            case .functionDefinition(let definition): found.bind(definition.name)
            case .classDefinition(let definition): found.bind(definition.name)
            case .import(let modules):
                for module in modules { found.bind(module.alias ?? module.path.first ?? "") }
            case .importFrom(_, let names):
                for name in names where name.name != "*" { found.bind(name.alias ?? name.name) }
            case .delete(let targets):
                for target in targets { names(boundBy: target).forEach { found.bind($0) } }
            case .global(let names): found.globals.formUnion(names)
            case .nonlocal(let names): found.nonlocals.formUnion(names)
            case .expression, .break, .continue, .pass, .return, .assert, .raise: break
            }
        }
        return found
    }

    /// The names a target binds: `x`, `a, (b, *c)`; attributes and subscripts bind nothing.
    static func names(boundBy target: Expression) -> [String] {
        var result: [String] = []
        var pending = [target]
        while let next = pending.popLast() {
            switch next.kind {
            case .name(let name): result.append(name)
            case .tuple(let items), .list(let items): pending += items.reversed()
            case .starred(let inner): pending.append(inner)
            default: break
            }
        }
        return result
    }

    // MARK: Captured variables

    /// The variables of a function (parameters and `body`) that scopes nested in it capture.
    static func captured(parameters: [Parameter], body: [Statement]) -> Set<String> {
        let bound = boundNames(parameters: parameters, body: body)
        var uses = Uses()
        uses.walk(body)
        return uses.nestedFree.intersection(bound.subtracting(bindings(in: body).globals))
    }

    /// The variables of a lambda that scopes nested in its body capture.
    static func captured(parameters: [Parameter], expression: Expression) -> Set<String> {
        var uses = Uses()
        uses.walk(expression)
        return uses.nestedFree.intersection(parameters.map(\.name))
    }

    /// The loop variables of a comprehension that scopes nested in it capture.
    static func captured(comprehension elements: [Expression], clauses: [ComprehensionClause]) -> Set<String> {
        var uses = Uses()
        for (index, clause) in clauses.enumerated() {
            if index > 0 { uses.walk(clause.iterable) }
            clause.conditions.forEach { uses.walk($0) }
        }
        elements.forEach { uses.walk($0) }
        return uses.nestedFree.intersection(clauses.flatMap { names(boundBy: $0.target) })
    }

    /// Whether the functions in a class body use `__class__` (through `super()`): the class body then keeps it in
    /// its environment.
    static func classCellIsUsed(_ body: [Statement]) -> Bool {
        var uses = Uses()
        uses.walk(body)
        return uses.nestedFree.contains("__class__")
    }

    private static func boundNames(parameters: [Parameter], body: [Statement]) -> Set<String> {
        Set(parameters.map(\.name)).union(bindings(in: body).names)
    }

    /// The names one scope's code uses directly, and the names its nested scopes use from outside themselves.
    struct Uses {
        /// Names read, written or deleted at this scope's level.
        var direct: Set<String> = []
        /// Names nested scopes need from outside themselves: this scope's, or further out.
        var nestedFree: Set<String> = []

        /// The free names of a function-like scope: what its body uses and does not bind.
        static func free(parameters: [Parameter], body: [Statement]) -> Set<String> {
            var uses = Uses()
            uses.walk(body)
            let found = bindings(in: body)
            let bound = Set(parameters.map(\.name)).union(found.names).subtracting(found.nonlocals)
            return uses.direct.union(uses.nestedFree).union(found.nonlocals).subtracting(bound)
                .subtracting(found.globals)
        }

        mutating func walk(_ statements: [Statement]) {
            for statement in statements { walk(statement) }
        }

        mutating func walk(_ statement: Statement) {
            switch statement.kind {
            case .expression(let e): walk(e)
            case .assign(let targets, let value):
                targets.forEach { walk($0) }
                walk(value)
            case .augmentedAssign(let target, _, let value):
                walk(target)
                walk(value)
            case .if(let branches, let orElse):
                for branch in branches {
                    walk(branch.condition)
                    walk(branch.body)
                }
                walk(orElse)
            case .for(let target, let iterable, let body, let orElse):
                walk(target)
                walk(iterable)
                walk(body)
                walk(orElse)
            case .while(let condition, let body, let orElse):
                walk(condition)
                walk(body)
                walk(orElse)
            case .break, .continue, .pass, .global: break
            case .nonlocal(let names): direct.formUnion(names)
            case .functionDefinition(let definition):
                direct.insert(definition.name)
                definition.decorators.forEach { walk($0) }
                definition.parameters.compactMap(\.defaultValue).forEach { walk($0) }
                nestedFree.formUnion(Self.free(parameters: definition.parameters, body: definition.body))
            case .classDefinition(let definition):
                direct.insert(definition.name)
                definition.decorators.forEach { walk($0) }
                definition.bases.forEach { walk($0) }
                definition.keywords.forEach { walk($0.value) }
                var inner = Uses()
                inner.walk(definition.body)
                let found = bindings(in: definition.body)
                // The class body's own names serve the body, never the functions inside it.
                var free = inner.direct.subtracting(found.names).union(inner.nestedFree)
                free.remove("__class__")
                nestedFree.formUnion(free.subtracting(found.globals))
            case .try(let statement):
                walk(statement.body)
                for handler in statement.handlers {
                    if let type = handler.type { walk(type) }
                    if let name = handler.name { direct.insert(name) }
                    walk(handler.body)
                }
                walk(statement.orElse)
                walk(statement.finally)
            case .return(let value): if let value { walk(value) }
            case .assert(let test, let message):
                walk(test)
                if let message { walk(message) }
            case .import(let modules):
                for module in modules { direct.insert(module.alias ?? module.path.first ?? "") }
            case .importFrom(_, let names):
                for name in names where name.name != "*" { direct.insert(name.alias ?? name.name) }
            case .delete(let targets): targets.forEach { walk($0) }
            case .raise(let value, let cause):
                if let value { walk(value) }
                if let cause { walk(cause) }
            }
        }

        mutating func walk(_ expression: Expression) {
            switch expression.kind {
            case .name(let name):
                direct.insert(name)
                // A zero-argument `super()` reads the class from the implicit `__class__` variable.
                if name == "super" { direct.insert("__class__") }
            case .lambda(let parameters, let body):
                parameters.compactMap(\.defaultValue).forEach { walk($0) }
                var inner = Uses()
                inner.walk(body)
                nestedFree.formUnion(
                    inner.direct.union(inner.nestedFree).subtracting(parameters.map(\.name)))
            case .listComprehension(let element, let clauses), .generator(let element, let clauses),
                .setComprehension(let element, let clauses):
                comprehension([element], clauses)
            case .dictionaryComprehension(let key, let value, let clauses):
                comprehension([key, value], clauses)
            case .integer, .float, .string, .boolean, .none, .formattedString, .list, .tuple, .dictionary, .set,
                .starred, .attribute, .subscript, .slice, .call, .unary, .binary, .logical, .comparison,
                .conditional:
                for child in expression.kind.children { walk(child) }
            }
        }

        /// A comprehension: its first iterable belongs to this scope, the rest to the comprehension's own.
        private mutating func comprehension(_ elements: [Expression], _ clauses: [ComprehensionClause]) {
            guard let first = clauses.first else { return }
            walk(first.iterable)
            var inner = Uses()
            for (index, clause) in clauses.enumerated() {
                inner.walk(clause.target)
                if index > 0 { inner.walk(clause.iterable) }
                clause.conditions.forEach { inner.walk($0) }
            }
            elements.forEach { inner.walk($0) }
            let bound = Set(clauses.flatMap { names(boundBy: $0.target) })
            nestedFree.formUnion(inner.direct.union(inner.nestedFree).subtracting(bound))
        }
    }
}
