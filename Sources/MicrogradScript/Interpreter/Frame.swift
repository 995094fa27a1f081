/// The local variables of one function call (or one comprehension), addressed by slot numbers the compiler
/// assigned, so that reading a variable is a pointer load, never a dictionary lookup.
///
/// A frame points to the frame its function was defined in, which is how closures see enclosing variables.
final class Frame {
    let slots: UnsafeMutablePointer<Object>
    let count: Int
    let parent: Frame?

    init(count: Int, parent: Frame?) {
        self.count = count
        self.parent = parent
        slots = UnsafeMutablePointer<Object>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: .unbound, count: max(count, 1))
    }

    deinit {
        slots.deinitialize(count: max(count, 1))
        slots.deallocate()
    }

    /// Breaks the cycle frame → local function → closure → frame for functions defined in this call that did not
    /// escape it (Gradbook has no cycle collector), so a helper like the lecture's `build_topo` is freed when
    /// its enclosing call returns. Functions that escaped (returned, stored elsewhere) are left in place.
    ///
    /// All or nothing: if any local function escaped, it keeps the whole frame (and its sibling functions, which
    /// it may call) alive, so none is released. The compiler only asks this of calls whose local functions
    /// define no closures of their own and that contain no lambda.
    func releaseLocalFunctions() {
        var local: [Int] = []
        for i in 0..<count {
            guard case .function(let function) = slots[i], function.closure === self else { continue }
            local.append(i)
        }
        var released: [FunctionObject] = []
        for i in local {
            guard case .function(var function) = slots[i] else { continue }
            slots[i] = .unbound
            let escaped = !isKnownUniquelyReferenced(&function)
            released.append(function)
            if escaped {
                for (slot, function) in zip(local, released) { slots[slot] = .function(function) }
                return
            }
        }
    }

    /// The frame `depth` definitions out; the compiler guarantees the chain is that long.
    @inline(__always) func ancestor(_ depth: Int) -> Frame {
        var frame = self
        for _ in 0..<depth { frame = frame.parent.unsafelyUnwrapped }
        return frame
    }
}

/// The session's module-level names, shared by every cell. Slots are assigned when a cell is compiled and never
/// move: they live in fixed blocks that are added as names are, so compiled code holds a slot's address and reads
/// or writes a global without going through the interpreter.
final class Globals {
    /// Slots per block.
    private static let blockSize = 64
    private var blocks: [UnsafeMutablePointer<Object>] = []
    private(set) var names: [String] = []
    private var indexByName: [String: Int] = [:]

    deinit {
        for block in blocks {
            block.deinitialize(count: Self.blockSize)
            block.deallocate()
        }
    }

    /// The slot of `name`, made on first use. Only called while compiling, never while a cell runs.
    func slot(for name: String) -> Int {
        if let index = indexByName[name] { return index }
        let index = names.count
        if index == blocks.count * Self.blockSize {
            let block = UnsafeMutablePointer<Object>.allocate(capacity: Self.blockSize)
            block.initialize(repeating: .unbound, count: Self.blockSize)
            blocks.append(block)
        }
        names.append(name)
        indexByName[name] = index
        return index
    }

    /// Where slot `index` lives, for as long as the session does.
    func address(of index: Int) -> UnsafeMutablePointer<Object> {
        blocks[index / Self.blockSize] + index % Self.blockSize
    }

    /// The value bound to `name`, if any.
    func value(of name: String) -> Object? {
        guard let index = indexByName[name] else { return nil }
        if case .unbound = address(of: index).pointee { return nil }
        return address(of: index).pointee
    }

    func set(_ name: String, _ value: Object) {
        address(of: slot(for: name)).pointee = value
    }
}
