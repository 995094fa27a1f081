/// The arena that holds every value of a computation, operands before the values made from them.
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
/// no allocation. Every node's operands have smaller indices than the node, a topological order that `backward()`
/// exploits: one reverse sweep, no sort, no set, no recursion.
///
/// The script and the caller see nodes through `Value` handles. Nodes that no handle can reach any more are
/// reclaimed, so memory stays flat over long training loops, at the first of a run of new leaves (usually the start
/// of a training step): a stretch made two steps ago that nothing reaches is dropped or built in again without
/// marking anything; otherwise, once as many nodes as were live have been made, the tape marks what live handles
/// reach, drops the dead nodes on top, reuses a long dead stretch below live ones, or compacts scattered garbage
/// away (moving live nodes down, in order). See Tape+Reclaim.swift. A reclaim never splits a run of leaves, so a
/// step's inputs all land in the same stretch.
///
/// A tape is not thread-safe; give each thread (each lesson's session) its own.
public final class Tape {
    @usableFromInline let nodes = NodeStorage()
    /// Labels, by node index. Most nodes have none.
    var labels: [Int32: String] = [:]
    /// Every live handle, so compaction can find the roots and renumber them.
    @exclusivity(unchecked) var handles = HandleRegistry()
    /// Creation order where reused stretches make it differ from index order (for drawings).
    var reuseLog = ReuseLog()
    /// `nodes.appended` at the last marking reclaim: one marks again once `allocationBudget` more nodes were made.
    var appendedAtLastReclaim = 0
    /// The live size at the last marking reclaim (or the minimum), so marking costs at most a step per node made.
    var allocationBudget = Tape.minimumCollectionThreshold
    /// Where and when the latest reclaim point was, and what the stretch made before it was (see Tape+Reclaim.swift).
    var lastPoint = ReclaimPoint()
    /// `nodes.appended` just after the latest `value(_:label:)`, to tell the first of a run of new leaves.
    var appendedAfterLastLeaf = -1
    /// Compact at any operation when `count` reaches this, so that code that never makes leaves stays bounded too.
    var hardCollectionThreshold = Tape.minimumHardThreshold
    /// Reclaims that found a dead stretch without marking (for tests and benchmarks), and how many since the
    /// last marking.
    var quickReclaims = 0
    var quickReclaimsSinceMarking = 0
    /// How many intermediates an interpreter holds while it evaluates something that may run arbitrary code (the
    /// right operand of `intermediate + x`, where `x` may call a lesson's property). While any is held, the tape
    /// neither reclaims nor compacts: that would free or renumber the held nodes. Raise it before, lower it after.
    public var pendingHolds = 0
    /// Live nodes found by the latest marking reclaim or compaction.
    public internal(set) var liveCountAfterLastCollection = 0
    /// Bumped by every compaction (which renumbers nodes), so that cached node indices know when they went stale.
    public internal(set) var generation = 0

    /// Never reclaim before this many nodes were made: small graphs are cheaper to keep than to sweep.
    static let minimumCollectionThreshold = 1 << 15
    /// How far past its live size plus budget the tape may grow before it compacts at any operation.
    static let hardThresholdFactor = 2
    /// Never compact at an operation below this many nodes.
    static let minimumHardThreshold = 4 * minimumCollectionThreshold
    /// The shortest dead stretch worth building new nodes in.
    static let minimumReusableStretch = 1024
    /// Reclaims without marking in a row before one marks anyway.
    static let quickReclaimsBetweenMarkings = 16

    /// An empty tape.
    public init() {}

    deinit {
        handles.deallocate()
    }

    /// The number of node slots in use up to the top, reachable or not. Inlinable: interpreters check it often.
    @inlinable public var count: Int { nodes.count }

    /// The number of values ever created on this tape, including reclaimed ones: the work done.
    public var valuesCreated: Int { nodes.appended }

    /// A new leaf value.
    public func value(_ data: Double, label: String = "") -> Value {
        // Reclaim at the first of a run of new leaves (a training step is starting), never within the run.
        if pendingHolds == 0, nodes.appended != appendedAfterLastLeaf,
            nodes.appended &- lastPoint.appended >= reclaimInterval
        {
            reclaim()
        } else {
            collectIfNeeded()
        }
        defer { appendedAfterLastLeaf = nodes.appended }
        let index = nodes.append(.leaf, -1, -1, data: data)
        if !label.isEmpty { labels[index] = label }
        return handle(for: index)
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
        handles.add(handle)
    }

    func unregister(_ value: Value) {
        nodes.handle[Int(value.index)] = nil
        handles.remove(value, at: value.registrySlot)
    }
}
