/// Every live `Value` handle of a tape, unretained, so that a reclaim can find the roots and a compaction can
/// renumber them. Each handle knows its own place in the list, so dropping one is a swap with the last.
///
/// A raw buffer rather than an `Array`: a handle is made or freed for nearly every value a script computes, and an
/// array would check uniqueness on every append and removal.
struct HandleRegistry {
    private var base: UnsafeMutablePointer<Unmanaged<Value>>
    private var capacity: Int
    /// The number of live handles.
    private(set) var count = 0

    init() {
        capacity = 256
        base = .allocate(capacity: capacity)
    }

    /// Frees the buffer; the handles themselves belong to whoever holds them.
    func deallocate() {
        base.deallocate()
    }

    /// Adds `value` and returns its place.
    @inline(__always) mutating func add(_ value: Value) -> Int {
        if count == capacity { grow() }
        base[count] = Unmanaged.passUnretained(value)
        count += 1
        return count - 1
    }

    /// Removes `value`, which is at `slot`: the last handle moves into its place.
    @inline(__always) mutating func remove(_ value: Value, at slot: Int) {
        count -= 1
        guard slot < count else { return }
        let last = base[count]
        base[slot] = last
        // Borrowed, not taken: a strong copy here would cost a retain and a release per handle freed.
        last._withUnsafeGuaranteedRef { $0.registrySlot = slot }
    }

    /// Calls `body` with each live handle, borrowed.
    @inline(__always) func forEach(_ body: (Value) -> Void) {
        for i in 0..<count { base[i]._withUnsafeGuaranteedRef(body) }
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Unmanaged<Value>>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
