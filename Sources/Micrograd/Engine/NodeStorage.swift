/// The arena behind a `Tape`: one growable column per node field (struct of arrays), addressed by index.
///
/// Columns are raw buffers rather than `Array`s so that the hot loops (forward appends, the backward sweep,
/// compaction) run without bounds checks, uniqueness checks or exclusivity checks. Every access goes through
/// indices that the engine itself produced, so they are in range by construction.
final class NodeStorage {
    /// Nodes stored.
    @exclusivity(unchecked) private(set) var count = 0
    /// Nodes ever appended, including reclaimed ones: the work done, for benchmarks.
    @exclusivity(unchecked) private(set) var appended = 0
    /// Nodes that fit before the columns grow.
    private(set) var capacity = 0

    private(set) var data: UnsafeMutablePointer<Double>
    private(set) var grad: UnsafeMutablePointer<Double>
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
    /// Scratch for compaction: old index → new index.
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
        remap = .allocate(capacity: initial)
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
        remap.deallocate()
        handle.deallocate()
    }

    /// Appends a node and returns its index. Gradients start at zero.
    @inline(__always)
    func append(_ op: Operation, _ a: Int32, _ b: Int32, data value: Double, constant k: Double = 0) -> Int32 {
        if count == capacity { grow() }
        let i = count
        data[i] = value
        grad[i] = 0
        operation[i] = op
        lhs[i] = a
        rhs[i] = b
        constant[i] = k
        count = i + 1
        appended &+= 1
        return Int32(truncatingIfNeeded: i)
    }

    /// Keeps only the marked nodes, in their order, clearing the marks as it goes. Afterwards `remap[old]` is each
    /// kept node's new index (entries of dropped nodes are meaningless). Operand indices are rewritten;
    /// order is preserved, so creation order stays a topological order.
    func compactMarked() {
        let columns = Columns(self)
        let marks = self.marks, remap = self.remap
        var next = 0
        var i = 0
        while i < count {
            if i + 8 <= count, Self.noneMarked(marks + i) {
                i += 8
                continue
            }
            defer { i += 1 }
            guard marks[i] != 0 else { continue }
            marks[i] = 0
            remap[i] = Int32(truncatingIfNeeded: next)
            columns.data[next] = columns.data[i]
            columns.grad[next] = columns.grad[i]
            columns.operation[next] = columns.operation[i]
            let a = columns.lhs[i], b = columns.rhs[i]
            columns.lhs[next] = a >= 0 ? remap[Int(a)] : -1
            columns.rhs[next] = b >= 0 ? remap[Int(b)] : -1
            columns.constant[next] = columns.constant[i]
            next += 1
        }
        count = next
    }

    /// Sets the node count after a kernel appended nodes directly.
    @inline(__always) func setCount(_ newCount: Int) {
        appended &+= newCount - count
        count = newCount
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
        remap.deallocate()
        remap = .allocate(capacity: newCapacity)
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

    private static func moved<T>(_ old: UnsafeMutablePointer<T>, count: Int, capacity: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }
}
