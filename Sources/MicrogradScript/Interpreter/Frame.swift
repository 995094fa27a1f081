/// The local variables of one function call (or comprehension, or class body), addressed by slot numbers the
/// compiler assigned, so that reading a variable is a pointer load, never a dictionary lookup. Variables that
/// closures capture live in the call's `environment` instead; the function's own captured variables are reached
/// through `closure`.
///
/// Nothing keeps a frame after its call returns (closures capture environments, not frames), so frames are
/// recycled (see `FramePool`).
final class Frame {
    let slots: UnsafeMutablePointer<Object>
    let count: Int
    /// This call's captured variables, if anything inside captures any.
    @exclusivity(unchecked) var environment: Environment?
    /// The environment the running function was defined in.
    @exclusivity(unchecked) var closure: Environment?

    init(count: Int, closure: Environment?) {
        self.count = count
        self.closure = closure
        slots = UnsafeMutablePointer<Object>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: .unbound, count: max(count, 1))
    }

    deinit {
        slots.deinitialize(count: max(count, 1))
        slots.deallocate()
    }

    /// Breaks the cycle between this call's environment and the functions defined in it, if nothing else refers
    /// to either (see `Environment.isHeldOnlyByItsOwnFunctions`): called when the call has returned. What the
    /// environment held is freed now instead of at a later collection; after `backward()`, that is the last
    /// outside reference to the step's graph but one.
    @inline(__always) func releaseEnvironmentCycle() {
        guard let pointer = withUnsafeBytes(of: &environment, { $0.load(as: UnsafeMutableRawPointer?.self) }),
            Unmanaged<Environment>.fromOpaque(pointer)._withUnsafeGuaranteedRef({
                $0.isHeldOnlyByItsOwnFunctions(besides: 1)
            })
        else { return }
        let garbage = environment.unsafelyUnwrapped
        environment = nil
        garbage.clearReferences()
    }

    /// Forgets the call's variables, so the frame can serve another call of the same size.
    @inline(__always) func reset() {
        for i in 0..<count { slots[i] = .unbound }
        environment = nil
        closure = nil
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

    /// Unbinds every name (the end of a session), so that nothing the globals held keeps a cycle alive.
    func removeAll() {
        for index in names.indices { address(of: index).pointee = .unbound }
    }
}
