import Micrograd

/// Where a name lives, decided once when a cell is compiled: Python's LEGB rule turned into slot numbers.
enum NameAccess {
    /// A slot of the running frame.
    case local(Int)
    /// A variable of the running call that closures capture: a slot of the frame's environment.
    case cell(Int)
    /// A variable of an enclosing function: slot `index` of the environment `depth` links up the closure.
    case free(depth: Int, index: Int)
    /// A session-wide (module-level) name, falling back to the built-ins.
    case global(Int)
    /// A name a class body assigns: a slot of the class body's frame, falling back to the globals when unbound (a
    /// class body reads `x = x + 1` from the module, as CPython's LOAD_NAME does).
    case classLocal(slot: Int, global: Int)
}

/// Where a variable lives, resolved for reading it without a name lookup.
enum VariableAddress {
    case local(Int)
    case cell(Int)
    case free(depth: Int, index: Int)
    case global(UnsafeMutablePointer<Object>)

    @inline(__always) func value(in frame: Frame) -> Object {
        switch self {
        case .local(let slot): return frame.slots[slot]
        case .cell(let index): return frame.environment.unsafelyUnwrapped[index]
        case .free(let depth, let index): return frame.closure.unsafelyUnwrapped.ancestor(depth)[index]
        case .global(let address): return address.pointee
        }
    }

    /// The engine value the variable holds, if it holds one, read in place where the variable has a fixed address
    /// (a frame slot or a global), so the hot paths of training loops (`p.grad`, `p.data -= …`) take no reference.
    @inline(__always) func engineValue(in frame: Frame) -> Value? {
        switch self {
        case .local(let slot):
            if case .value(let value) = frame.slots[slot] { return value }
            return nil
        case .global(let address):
            if case .value(let value) = address.pointee { return value }
            return nil
        case .cell, .free:
            if case .value(let value) = self.value(in: frame) { return value }
            return nil
        }
    }

    /// Where the variable is, for reading in place: a frame slot or a global; `nil` for captured variables,
    /// which live in environments (read those with `value(in:)`).
    @inline(__always) func pointer(in frame: Frame) -> UnsafeMutablePointer<Object>? {
        switch self {
        case .local(let slot): return frame.slots + slot
        case .global(let address): return address
        case .cell, .free: return nil
        }
    }
}

/// One function, lambda, comprehension or class body scope (or the module scope) while compiling.
final class Scope {
    enum Kind {
        case module, function, comprehension, `class`
    }

    let parent: Scope?
    let kind: Kind
    /// The variables nested scopes capture from this one (see `ScopeAnalysis`): they live in the environment.
    let captured: Set<String>
    /// The qualified name of what this scope defines, for `__qualname__` of definitions inside it.
    let qualifiedName: String
    private(set) var slots: [String: Int] = [:]
    private(set) var slotNames: [String] = []
    private(set) var environmentIndex: [String: Int] = [:]
    /// Parameters that are captured: bound to a slot by the call, then moved to the environment.
    private(set) var capturedParameters: [(slot: Int, index: Int)] = []
    /// A function's first parameter: the instance a zero-argument `super()` binds to.
    private(set) var firstParameter: String?
    private var declaredGlobal: Set<String> = []
    private var declaredNonlocal: Set<String> = []

    init(parent: Scope?, kind: Kind, captured: Set<String> = [], qualifiedName: String = "") {
        self.parent = parent
        self.kind = kind
        self.captured = captured
        self.qualifiedName = qualifiedName
    }

    var isModule: Bool { kind == .module }
    var slotCount: Int { slotNames.count }
    var environmentSize: Int { environmentIndex.count }
    /// Whether calls of this scope make an environment.
    var hasEnvironment: Bool { !environmentIndex.isEmpty }

    /// Makes `name` local to this scope (an assigned name, a loop variable): a slot, or an environment index if
    /// nested scopes capture it.
    func declareLocal(_ name: String) {
        if slots[name] != nil || environmentIndex[name] != nil { return }
        if captured.contains(name) {
            environmentIndex[name] = environmentIndex.count
        } else {
            slots[name] = slotNames.count
            slotNames.append(name)
        }
    }

    /// Declares a parameter: always a slot (arguments are bound there), and an environment index too if captured.
    @discardableResult func declareParameter(_ name: String) -> Int {
        if firstParameter == nil { firstParameter = name }
        let slot = slotNames.count
        slots[name] = slot
        slotNames.append(name)
        if captured.contains(name) {
            let index = environmentIndex.count
            environmentIndex[name] = index
            capturedParameters.append((slot, index))
        }
        return slot
    }

    func declareGlobal(_ name: String) { declaredGlobal.insert(name) }
    func declareNonlocal(_ name: String) { declaredNonlocal.insert(name) }

    /// Whether `name` is bound in this scope (for `nonlocal` checks).
    func isLocal(_ name: String) -> Bool {
        (slots[name] != nil || environmentIndex[name] != nil) && !declaredNonlocal.contains(name)
    }

    /// Resolves `name` as Python does: local (or captured), enclosing functions, module, built-ins. Class bodies
    /// are invisible to the functions inside them, except for the implicit `__class__` that `super()` uses.
    func resolve(_ name: String, globals: Globals) -> NameAccess {
        if isModule || declaredGlobal.contains(name) { return .global(globals.slot(for: name)) }
        if !declaredNonlocal.contains(name) {
            if let index = environmentIndex[name] { return .cell(index) }
            if let slot = slots[name] {
                return kind == .class ? .classLocal(slot: slot, global: globals.slot(for: name)) : .local(slot)
            }
        }
        var depth = 0
        var scope = parent
        while let current = scope, !current.isModule {
            if current.declaredGlobal.contains(name) { break }
            let visible = current.kind != .class || name == "__class__"
            if visible, !current.declaredNonlocal.contains(name), let index = current.environmentIndex[name] {
                return .free(depth: depth, index: index)
            }
            if current.hasEnvironment { depth += 1 }
            scope = current.parent
        }
        return .global(globals.slot(for: name))
    }

    // MARK: Finding a scope's locals

    /// Declares every name a body binds (see `ScopeAnalysis.bindings`), honouring `global` and `nonlocal`.
    func declareBindings(in body: [Statement]) {
        let found = ScopeAnalysis.bindings(in: body)
        found.globals.forEach(declareGlobal)
        found.nonlocals.forEach(declareNonlocal)
        for name in found.names where !declaredGlobal.contains(name) && !declaredNonlocal.contains(name) {
            declareLocal(name)
        }
    }

    /// Declares the names a target binds: `x`, `a, (b, *c)`; attributes and subscripts bind nothing.
    func declareTarget(_ target: Expression) {
        for name in ScopeAnalysis.names(boundBy: target)
        where !declaredGlobal.contains(name) && !declaredNonlocal.contains(name) {
            declareLocal(name)
        }
    }
}
