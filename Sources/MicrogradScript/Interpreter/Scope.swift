/// Where a name lives, decided once when a cell is compiled: Python's LEGB rule turned into slot numbers.
enum NameAccess {
    /// A slot of the running frame.
    case local(Int)
    /// A slot of the frame `depth` definitions out: a closure's view of its enclosing function.
    case enclosing(depth: Int, slot: Int)
    /// A session-wide (module-level) name, falling back to the built-ins.
    case global(Int)
}

/// Where a variable lives, resolved for reading or writing it in place: a slot of the running frame, of an
/// enclosing frame, or a global's fixed address.
enum VariableAddress {
    case local(Int)
    case enclosing(depth: Int, slot: Int)
    case global(UnsafeMutablePointer<Object>)

    @inline(__always) func pointer(in frame: Frame) -> UnsafeMutablePointer<Object> {
        switch self {
        case .local(let slot): return frame.slots + slot
        case .enclosing(let depth, let slot): return frame.ancestor(depth).slots + slot
        case .global(let address): return address
        }
    }
}

/// One function, lambda or comprehension scope (or the module scope) while compiling.
final class Scope {
    let parent: Scope?
    let isModule: Bool
    private(set) var slots: [String: Int] = [:]
    private(set) var slotNames: [String] = []
    private var declaredGlobal: Set<String> = []
    private var declaredNonlocal: Set<String> = []

    init(parent: Scope?, isModule: Bool = false) {
        self.parent = parent
        self.isModule = isModule
    }

    var slotCount: Int { slotNames.count }

    /// Makes `name` local to this scope (a parameter, an assigned name, a loop variable).
    @discardableResult func declareLocal(_ name: String) -> Int {
        if let slot = slots[name] { return slot }
        let slot = slotNames.count
        slots[name] = slot
        slotNames.append(name)
        return slot
    }

    func declareGlobal(_ name: String) { declaredGlobal.insert(name) }
    func declareNonlocal(_ name: String) { declaredNonlocal.insert(name) }

    func isLocal(_ name: String) -> Bool { slots[name] != nil }

    /// Resolves `name` as Python does: local, enclosing functions, module, built-ins.
    func resolve(_ name: String, globals: Globals) -> NameAccess {
        if isModule || declaredGlobal.contains(name) { return .global(globals.slot(for: name)) }
        if let slot = slots[name], !declaredNonlocal.contains(name) { return .local(slot) }
        var depth = 1
        var scope = parent
        while let current = scope, !current.isModule {
            if current.declaredGlobal.contains(name) { break }
            if let slot = current.slots[name], !current.declaredNonlocal.contains(name) {
                return .enclosing(depth: depth, slot: slot)
            }
            depth += 1
            scope = current.parent
        }
        return .global(globals.slot(for: name))
    }

    // MARK: Finding a function's locals

    /// Declares every name a function body binds: assignment and loop targets, imports, nested `def`s, `del`;
    /// honouring `global` and `nonlocal`. Does not look inside nested functions, lambdas or comprehensions.
    func declareBindings(in body: [Statement]) {
        var pending = body[...]
        var stack: [ArraySlice<Statement>] = []
        while true {
            guard let statement = pending.first else {
                guard let next = stack.popLast() else { break }
                pending = next
                continue
            }
            pending = pending.dropFirst()
            switch statement.kind {
            case .global(let names): names.forEach(declareGlobal)
            case .nonlocal(let names): names.forEach(declareNonlocal)
            default: break
            }
            switch statement.kind {
            case .assign(let targets, _): targets.forEach(declareTarget)
            case .augmentedAssign(let target, _, _): declareTarget(target)
            case .for(let target, _, let body, let orElse):
                declareTarget(target)
                stack.append(pending)
                stack.append(orElse[...])
                pending = body[...]
            case .while(_, let body, let orElse):
                stack.append(pending)
                stack.append(orElse[...])
                pending = body[...]
            case .if(let branches, let orElse):
                stack.append(pending)
                stack.append(orElse[...])
                for branch in branches { stack.append(branch.body[...]) }
                pending = stack.removeLast()
            case .functionDefinition(let definition): declareAssigned(definition.name)
            case .import(let modules):
                for module in modules { declareAssigned(module.alias ?? module.path.first ?? "") }
            case .importFrom(_, let names):
                for name in names where name.name != "*" { declareAssigned(name.alias ?? name.name) }
            case .delete(let targets): targets.forEach(declareTarget)
            default: break
            }
        }
    }

    private func declareAssigned(_ name: String) {
        if declaredGlobal.contains(name) || declaredNonlocal.contains(name) { return }
        declareLocal(name)
    }

    /// Declares the names a target binds: `x`, `a, (b, *c)`; attributes and subscripts bind nothing.
    func declareTarget(_ target: Expression) {
        var pending = [target]
        while let next = pending.popLast() {
            switch next.kind {
            case .name(let name): declareAssigned(name)
            case .tuple(let items), .list(let items): pending.append(contentsOf: items)
            case .starred(let inner): pending.append(inner)
            default: break
            }
        }
    }
}
