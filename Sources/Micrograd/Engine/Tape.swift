/// The arena that holds every value of a computation, in creation order.
///
/// ```swift
/// let tape = Tape()
/// let a = tape.value(2, label: "a")
/// let b = tape.value(-3, label: "b")
/// let loss = (a * b + 10).tanh()
/// loss.backward()
/// print(a.grad)
/// ```
///
/// Nodes live in struct-of-arrays columns addressed by index, so building a value costs a few nanoseconds and
/// no allocation. Creation order is a topological order, which `backward()` exploits: one reverse sweep, no sort,
/// no set, no recursion.
///
/// The script and the caller see nodes through `Value` handles. Nodes that no handle can reach any more are
/// reclaimed: when the tape has grown well past its live size, it keeps only what live handles reach and
/// renumbers, so memory stays flat over long training loops.
///
/// A tape is not thread-safe; give each thread (each lesson's session) its own.
public final class Tape {
    let nodes = NodeStorage()
    /// Labels, by node index. Most nodes have none.
    var labels: [Int32: String] = [:]
    /// Every live handle, so compaction can find the roots and renumber them.
    @exclusivity(unchecked) private var handles: [Unmanaged<Value>] = []
    /// Compact when `count` reaches this.
    private var collectionThreshold = Tape.minimumCollectionThreshold
    /// Node count after the latest compaction.
    public private(set) var liveCountAfterLastCollection = 0
    /// Bumped by every compaction, so that cached node indices know when they went stale.
    public private(set) var generation = 0

    /// Never compact below this many nodes: small graphs are cheaper to keep than to sweep.
    static let minimumCollectionThreshold = 1 << 17
    /// How far past its live size the tape may grow before it compacts.
    static let growthFactor = 4

    /// An empty tape.
    public init() {}

    /// The number of nodes currently stored, reachable or not.
    public var count: Int { nodes.count }

    /// The number of values ever created on this tape, including reclaimed ones: the work done.
    public var valuesCreated: Int { nodes.appended }

    /// A new leaf value.
    public func value(_ data: Double, label: String = "") -> Value {
        collectIfNeeded()
        let index = nodes.append(.leaf, -1, -1, data: data)
        if !label.isEmpty { labels[index] = label }
        return handle(for: index)
    }

    /// A leaf for a plain number mixed into an expression, as micrograd wraps `other` in `Value(other)`.
    @inline(__always) func constant(_ data: Double) -> Int32 {
        nodes.append(.leaf, -1, -1, data: data)
    }

    // MARK: Handles

    /// The handle of node `index`: the existing one if the node has one, else a new one. Handles are canonical,
    /// so `a._prev[0] is a` holds as in Python, and identity, equality and hashing of values can use the handle.
    @inline(__always) func handle(for index: Int32) -> Value {
        if let existing = nodes.handle[Int(index)] { return existing.takeUnretainedValue() }
        let value = Value(tape: self, index: index)
        nodes.handle[Int(index)] = Unmanaged.passUnretained(value)
        return value
    }

    func register(_ handle: Value) -> Int {
        handles.append(Unmanaged.passUnretained(handle))
        return handles.count - 1
    }

    func unregister(_ value: Value) {
        nodes.handle[Int(value.index)] = nil
        let slot = value.registrySlot
        let last = handles.removeLast()
        if slot < handles.count {
            handles[slot] = last
            last.takeUnretainedValue().registrySlot = slot
        }
    }

    // MARK: Reclaiming unreachable nodes

    /// Compacts the tape if it has grown well past its live size. Called at the start of every public operation,
    /// when every node still needed is held by a handle.
    @inline(__always) public func collectIfNeeded() {
        if nodes.count >= collectionThreshold { collect() }
    }

    /// Keeps only the nodes that live handles reach, in order, and renumbers handles and labels.
    public func collect() {
        let marks = nodes.marks
        for handle in handles { marks[Int(handle.takeUnretainedValue().index)] = 1 }
        nodes.closeMarks()
        labels = labels.filter { marks[Int($0.key)] != 0 }
        for handle in handles { nodes.handle[Int(handle.takeUnretainedValue().index)] = nil }
        nodes.compactMarked()
        let remap = nodes.remap
        for handle in handles {
            let value = handle.takeUnretainedValue()
            value.index = remap[Int(value.index)]
            nodes.handle[Int(value.index)] = handle
        }
        var relabelled: [Int32: String] = [:]
        for (old, label) in labels { relabelled[remap[Int(old)]] = label }
        labels = relabelled
        liveCountAfterLastCollection = nodes.count
        generation += 1
        collectionThreshold = max(Self.minimumCollectionThreshold, Self.growthFactor * nodes.count)
    }
}
