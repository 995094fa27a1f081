/// The variables of one call that functions defined inside it capture: Python's cell variables, kept together.
///
/// A `def` or `lambda` that uses a variable of an enclosing function holds that call's environment (not its whole
/// frame), so the variable is shared by the call and every closure made in it, and a closure sees the variable's
/// value when it runs, not when it was made (late binding). `nonlocal` writes go to the same place. Each
/// environment links to the environment of the function it was made in, so a closure two definitions deep reaches
/// its grandparent's variables in two hops.
final class Environment: HeapObject {
    /// The captured variables, at the indexes the compiler gave them. Fixed storage, so compiled code may hold a
    /// pointer to a variable for the length of one operation.
    let slots: UnsafeMutablePointer<Object>
    let count: Int
    /// The environment of the function this call's function was defined in. Chains are as long as definitions
    /// nest in the source, so releasing one never recurses deeply.
    private(set) var parent: Environment?

    init(count: Int, parent: Environment?, heap: Heap) {
        self.count = count
        self.parent = parent
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: .unbound, count: max(count, 1))
        super.init(heap: heap)
    }

    /// The environment `depth` links up; the compiler guarantees the chain is that long.
    @inline(__always) func ancestor(_ depth: Int) -> Environment {
        var environment = self
        for _ in 0..<depth { environment = environment.parent.unsafelyUnwrapped }
        return environment
    }

    deinit {
        if let heap {
            var held = Array(UnsafeBufferPointer(start: slots, count: count))
            for i in 0..<count { slots[i] = .unbound }
            heap.releaseLater(&held)
        }
        slots.deinitialize(count: max(count, 1))
        slots.deallocate()
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        for i in 0..<count {
            if let object = slots[i].heapObject { visit(object) }
        }
        if let parent { visit(parent) }
    }

    override func clearReferences() {
        for i in 0..<count { slots[i] = .unbound }
        parent = nil
    }
}
