/// The variables of one call that functions defined inside it capture: Python's cell variables, kept together.
///
/// A `def` or `lambda` that uses a variable of an enclosing function holds that call's environment (not its whole
/// frame), so the variable is shared by the call and every closure made in it, and a closure sees the variable's
/// value when it runs, not when it was made (late binding). `nonlocal` writes go to the same place. Each
/// environment links to the environment of the function it was made in, so a closure two definitions deep reaches
/// its grandparent's variables in two hops.
///
/// The first `inlineCount` variables live in the environment itself (the lecture's `__mul__` captures three:
/// `self`, `other` and `out`), the rest in a buffer of their own.
final class Environment: HeapObject {
    static let inlineCount = 3

    @exclusivity(unchecked) private var slot0: Object = .unbound
    @exclusivity(unchecked) private var slot1: Object = .unbound
    @exclusivity(unchecked) private var slot2: Object = .unbound
    /// Variables from index `inlineCount` on.
    private let overflow: UnsafeMutablePointer<Object>?
    let count: Int
    /// The environment of the function this call's function was defined in. Chains are as long as definitions
    /// nest in the source, so releasing one never recurses deeply.
    @exclusivity(unchecked) private(set) var parent: Environment?

    init(count: Int, parent: Environment?, heap: Heap) {
        self.count = count
        self.parent = parent
        if count > Self.inlineCount {
            let extra = UnsafeMutablePointer<Object>.allocate(capacity: count - Self.inlineCount)
            extra.initialize(repeating: .unbound, count: count - Self.inlineCount)
            overflow = extra
        } else {
            overflow = nil
        }
        super.init(heap: heap)
    }

    /// Variable `index`.
    @inline(__always) subscript(index: Int) -> Object {
        get {
            switch index {
            case 0: return slot0
            case 1: return slot1
            case 2: return slot2
            default: return overflow.unsafelyUnwrapped[index - Self.inlineCount]
            }
        }
        set {
            switch index {
            case 0: slot0 = newValue
            case 1: slot1 = newValue
            case 2: slot2 = newValue
            default: overflow.unsafelyUnwrapped[index - Self.inlineCount] = newValue
            }
        }
    }

    /// The environment `depth` links up; the compiler guarantees the chain is that long.
    @inline(__always) func ancestor(_ depth: Int) -> Environment {
        var environment = self
        for _ in 0..<depth { environment = environment.parent.unsafelyUnwrapped }
        return environment
    }

    /// Whether this environment is garbage once `callerReferences` references to it (its call's frame) let go:
    /// every other reference comes from a function defined in the call that closes over it, and each of those
    /// functions is referred to only by a variable of this environment. That is the cycle a nested function that
    /// calls itself makes (the lecture's `build_topo`, which holds the whole graph through `topo` and `visited`):
    /// CPython leaves it to its collector, but found here it can be broken the moment the call returns.
    /// The caller must lend this environment without retaining it, or the count is off.
    func isHeldOnlyByItsOwnFunctions(besides callerReferences: Int) -> Bool {
        let outside = strongCount(Unmanaged.passUnretained(self).toOpaque()) - callerReferences
        guard outside > 0 else { return false }
        var functions = 0
        var onlyHere = true
        // Slots are read in place: a copy of a slot would be one more reference to what it holds.
        func check(_ slot: inout Object) {
            guard case .function = slot, Object.payloadIsPlainReference else { return }
            let pointer = withUnsafeBytes(of: &slot) { $0.load(as: UnsafeMutableRawPointer.self) }
            let references = strongCount(pointer)
            guard Unmanaged<FunctionObject>.fromOpaque(pointer)._withUnsafeGuaranteedRef({ $0.closure === self })
            else { return }
            if references == 1 { functions += 1 } else { onlyHere = false }
        }
        check(&slot0)
        check(&slot1)
        check(&slot2)
        if let overflow {
            for i in 0..<(count - Self.inlineCount) { check(&overflow[i]) }
        }
        return onlyHere && functions == outside
    }

    /// Unbinds every variable.
    private func unbindAll() {
        slot0 = .unbound
        slot1 = .unbound
        slot2 = .unbound
        if let overflow { overflow.update(repeating: .unbound, count: count - Self.inlineCount) }
    }

    deinit {
        withHeap { heap in
            if !heap.releaseNow({ unbindAll() }) {
                var held = (0..<count).map { self[$0] }
                unbindAll()
                heap.releaseLater(&held)
            }
        }
        if let overflow {
            overflow.deinitialize(count: count - Self.inlineCount)
            overflow.deallocate()
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        slot0.visitHeapObject(visit)
        slot1.visitHeapObject(visit)
        slot2.visitHeapObject(visit)
        overflow?.visitHeapObjects(count: count - Self.inlineCount, visit)
        if let parent { visit(parent) }
    }

    override func clearReferences() {
        unbindAll()
        parent = nil
    }
}
