/// The arena behind a `Tape`: one growable column per node field (struct of arrays), addressed by index.
///
/// Columns are raw buffers rather than `Array`s so that the hot loops (forward appends, the backward sweep,
/// compaction) run without bounds checks, uniqueness checks or exclusivity checks. Every access goes through
/// indices that the engine itself produced, so they are in range by construction.
///
/// New nodes go on top, or into a reclaimed stretch below the top (see NodeStorage+Reuse.swift); either way every
/// node's operands have smaller indices than the node, so index order is a topological order.
@usableFromInline final class NodeStorage {
    /// Nodes stored: the top of the tape (reclaimed stretches below it included).
    @exclusivity(unchecked) @usableFromInline private(set) var count = 0
    /// The reclaimed stretch new nodes fill, `reuseNext..<reuseEnd`, while it is open (empty otherwise); it began
    /// at `reuseStart`.
    @exclusivity(unchecked) private(set) var reuseStart = 0
    @exclusivity(unchecked) private(set) var reuseNext = 0
    @exclusivity(unchecked) private(set) var reuseEnd = 0
    /// Nodes ever appended, including reclaimed ones: the work done, for benchmarks.
    @exclusivity(unchecked) private(set) var appended = 0
    /// Nodes that fit before the columns grow.
    private(set) var capacity = 0

    // Visible to inlinable accessors (`Value.data`, `Value.grad`), hence unchecked: only `grow()` writes them.
    @exclusivity(unchecked) @usableFromInline private(set) var data: UnsafeMutablePointer<Double>
    @exclusivity(unchecked) @usableFromInline private(set) var grad: UnsafeMutablePointer<Double>
    private(set) var operation: UnsafeMutablePointer<Operation>
    /// First operand, or -1.
    private(set) var lhs: UnsafeMutablePointer<Int32>
    /// Second operand, or -1.
    private(set) var rhs: UnsafeMutablePointer<Int32>
    /// The exponent of a power node; unused otherwise.
    private(set) var constant: UnsafeMutablePointer<Double>
    /// Scratch marks for graph walks; all zero between walks. `marks[-1]` exists too, as a sink: marking operand
    /// -1 (no operand) is harmless, so walks mark both operands without a branch.
    private(set) var marks: UnsafeMutablePointer<UInt8>
    /// Scratch for compaction: old index → new index. `remap[-1]` is -1, so operands are renumbered without a
    /// branch for "no operand".
    private(set) var remap: UnsafeMutablePointer<Int32>
    /// The one live handle of each node, if it has one. Kept nil everywhere else (slots at and past `count`
    /// included), so appending a node never has to write it: handles are canonical, like Python objects.
    private(set) var handle: UnsafeMutablePointer<Unmanaged<Value>?>

    init(capacity initial: Int = 1024) {
        capacity = initial
        data = .allocate(capacity: initial)
        grad = .allocate(capacity: initial)
        operation = .allocate(capacity: initial)
        lhs = .allocate(capacity: initial)
        rhs = .allocate(capacity: initial)
        constant = .allocate(capacity: initial)
        marks = Self.allocateMarks(capacity: initial)
        remap = Self.allocateRemap(capacity: initial)
        handle = .allocate(capacity: initial)
        handle.initialize(repeating: nil, count: initial)
    }

    deinit {
        data.deallocate()
        grad.deallocate()
        operation.deallocate()
        lhs.deallocate()
        rhs.deallocate()
        constant.deallocate()
        (marks - 1).deallocate()
        (remap - 1).deallocate()
        handle.deallocate()
    }

    /// Appends a node and returns its index. Gradients start at zero.
    @inline(__always)
    func append(_ op: Operation, _ a: Int32, _ b: Int32, data value: Double, constant k: Double = 0) -> Int32 {
        let i = slot(after: max(a, b), count: 1)
        data[i] = value
        grad[i] = 0
        operation[i] = op
        lhs[i] = a
        rhs[i] = b
        constant[i] = k
        return Int32(truncatingIfNeeded: i)
    }

    /// Where the next `n` nodes go, all of whose operands are at most `newest`: the open reclaimed stretch if they
    /// fit and their operands are older than it, else the top. Going on top closes the stretch, so that among
    /// the nodes made since it opened, index order is still creation order.
    @inline(__always) func slot(after newest: Int32, count n: Int) -> Int {
        appended &+= n
        if reuseNext &+ n <= reuseEnd, Int(newest) < reuseNext {
            let i = reuseNext
            reuseNext = i &+ n
            return i
        }
        reuseEnd = reuseNext
        while count + n > capacity { grow() }
        let i = count
        count = i &+ n
        return i
    }

    /// Opens `range` (dead slots below the top) for new nodes.
    func openReuse(_ range: Range<Int>) {
        reuseStart = range.lowerBound
        reuseNext = range.lowerBound
        reuseEnd = range.upperBound
    }

    /// Drops everything from `newCount` up (dead nodes), and closes any reclaimed stretch.
    func truncate(to newCount: Int) {
        count = newCount
        reuseStart = 0
        reuseNext = 0
        reuseEnd = 0
    }

    func grow() {
        let newCapacity = max(1024, capacity * 2)
        data = Self.moved(data, count: count, capacity: newCapacity)
        grad = Self.moved(grad, count: count, capacity: newCapacity)
        operation = Self.moved(operation, count: count, capacity: newCapacity)
        lhs = Self.moved(lhs, count: count, capacity: newCapacity)
        rhs = Self.moved(rhs, count: count, capacity: newCapacity)
        constant = Self.moved(constant, count: count, capacity: newCapacity)
        (marks - 1).deallocate()
        marks = Self.allocateMarks(capacity: newCapacity)
        (remap - 1).deallocate()
        remap = Self.allocateRemap(capacity: newCapacity)
        let newHandle = UnsafeMutablePointer<Unmanaged<Value>?>.allocate(capacity: newCapacity)
        newHandle.moveInitialize(from: handle, count: capacity)
        (newHandle + capacity).initialize(repeating: nil, count: newCapacity - capacity)
        handle.deallocate()
        handle = newHandle
        capacity = newCapacity
    }

    /// A zeroed marks column with room for the `marks[-1]` sink.
    private static func allocateMarks(capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 1)
        base.initialize(repeating: 0, count: capacity + 1)
        return base + 1
    }

    /// A remap column with room for the `remap[-1] == -1` sink.
    private static func allocateRemap(capacity: Int) -> UnsafeMutablePointer<Int32> {
        let base = UnsafeMutablePointer<Int32>.allocate(capacity: capacity + 1)
        base.initialize(to: -1)
        return base + 1
    }

    private static func moved<T>(_ old: UnsafeMutablePointer<T>, count: Int, capacity: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }
}
