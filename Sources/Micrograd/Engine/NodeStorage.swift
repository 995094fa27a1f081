/// The arena behind a `Tape`: one growable column per node field (struct of arrays), addressed by index.
///
/// Columns are raw buffers rather than `Array`s so that the hot loops (forward appends, the backward sweep,
/// compaction) run without bounds checks, uniqueness checks or exclusivity checks. Every access goes through
/// indices that the engine itself produced, so they are in range by construction.
final class NodeStorage {
    /// Nodes stored.
    private(set) var count = 0
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
    /// Scratch marks for graph walks; all zero between walks.
    private(set) var marks: UnsafeMutablePointer<UInt8>

    init(capacity initial: Int = 1024) {
        capacity = initial
        data = .allocate(capacity: initial)
        grad = .allocate(capacity: initial)
        operation = .allocate(capacity: initial)
        lhs = .allocate(capacity: initial)
        rhs = .allocate(capacity: initial)
        constant = .allocate(capacity: initial)
        marks = .allocate(capacity: initial)
        marks.initialize(repeating: 0, count: initial)
    }

    deinit {
        data.deallocate()
        grad.deallocate()
        operation.deallocate()
        lhs.deallocate()
        rhs.deallocate()
        constant.deallocate()
        marks.deallocate()
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
        return Int32(truncatingIfNeeded: i)
    }

    /// Keeps only the nodes whose `keep` flag is set, in their order, and returns the map from old to new
    /// indices (-1 for dropped nodes). Operand indices are rewritten; order is preserved, so creation order
    /// stays a topological order.
    func compact(keeping keep: UnsafeMutablePointer<UInt8>) -> [Int32] {
        var newIndex = [Int32](repeating: -1, count: count)
        var next = 0
        for i in 0..<count where keep[i] != 0 {
            newIndex[i] = Int32(truncatingIfNeeded: next)
            data[next] = data[i]
            grad[next] = grad[i]
            operation[next] = operation[i]
            lhs[next] = lhs[i] >= 0 ? newIndex[Int(lhs[i])] : -1
            rhs[next] = rhs[i] >= 0 ? newIndex[Int(rhs[i])] : -1
            constant[next] = constant[i]
            next += 1
        }
        count = next
        return newIndex
    }

    private func grow() {
        let newCapacity = max(1024, capacity * 2)
        data = Self.moved(data, count: count, capacity: newCapacity)
        grad = Self.moved(grad, count: count, capacity: newCapacity)
        operation = Self.moved(operation, count: count, capacity: newCapacity)
        lhs = Self.moved(lhs, count: count, capacity: newCapacity)
        rhs = Self.moved(rhs, count: count, capacity: newCapacity)
        constant = Self.moved(constant, count: count, capacity: newCapacity)
        let newMarks = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newMarks.initialize(repeating: 0, count: newCapacity)
        marks.deallocate()
        marks = newMarks
        capacity = newCapacity
    }

    private static func moved<T>(_ old: UnsafeMutablePointer<T>, count: Int, capacity: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }
}
