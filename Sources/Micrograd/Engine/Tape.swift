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
/// reclaimed, so memory stays flat over long training loops: once as many nodes as were live have been made, the
/// first of the next run of new leaves (usually the start of a training step) marks what live handles reach; dead
/// nodes on top are dropped, a long dead stretch below live ones is reused for the next nodes, and scattered garbage
/// is compacted away (moving live nodes down, in order). A reclaim never splits a run of leaves, so a step's inputs
/// all land in the same stretch.
///
/// A tape is not thread-safe; give each thread (each lesson's session) its own.
public final class Tape {
    @usableFromInline let nodes = NodeStorage()
    /// Labels, by node index. Most nodes have none.
    var labels: [Int32: String] = [:]
    /// Every live handle, so compaction can find the roots and renumber them.
    @exclusivity(unchecked) private var handles = HandleRegistry()
    /// Creation order where reused stretches make it differ from index order (for drawings).
    var reuseLog = ReuseLog()
    /// `nodes.appended` at the last reclaim: a new leaf reclaims once `allocationBudget` more nodes were made.
    private var appendedAtLastReclaim = 0
    /// The live size at the last reclaim (or the minimum), so marking costs at most a step per node made; a loop
    /// holding last step's graph then reclaims every other step and cycles through three stretches.
    private var allocationBudget = Tape.minimumCollectionThreshold
    /// `nodes.appended` just after the latest `value(_:label:)`, to tell the first of a run of new leaves.
    private var appendedAfterLastLeaf = -1
    /// Compact at any operation when `count` reaches this, so that code that never makes leaves stays bounded too.
    private var hardCollectionThreshold = Tape.minimumHardThreshold
    /// Live nodes found by the latest reclaim or compaction.
    public private(set) var liveCountAfterLastCollection = 0
    /// Bumped by every compaction (which renumbers nodes), so that cached node indices know when they went stale.
    public private(set) var generation = 0

    /// Never reclaim before this many nodes were made: small graphs are cheaper to keep than to sweep.
    static let minimumCollectionThreshold = 1 << 15
    /// How far past its live size plus budget the tape may grow before it compacts at any operation.
    static let hardThresholdFactor = 2
    /// Never compact at an operation below this many nodes.
    static let minimumHardThreshold = 4 * minimumCollectionThreshold
    /// The shortest dead stretch worth building new nodes in.
    static let minimumReusableStretch = 1024

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
        if nodes.appended != appendedAfterLastLeaf, nodes.appended &- appendedAtLastReclaim >= allocationBudget {
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

    // MARK: Reclaiming unreachable nodes

    /// Compacts the tape if it has grown far past its live size. Called at the start of every public operation,
    /// when every node still needed is held by a handle.
    @inline(__always) public func collectIfNeeded() {
        if nodes.count >= hardCollectionThreshold { collect() }
    }

    /// Keeps only the nodes that live handles reach, in order, and renumbers handles and labels.
    public func collect() {
        markLive()
        compactMarked()
    }

    /// Reclaims at a new leaf, once the allocation budget is spent: the cheapest of dropping dead nodes on top,
    /// reusing the longest dead stretch below live ones, or compacting.
    func reclaim() {
        markLive()
        let survey = nodes.surveyMarked()
        let garbage = survey.end - survey.live
        let gap = survey.largestGap
        if garbage > 0, gap.count >= max(Self.minimumReusableStretch, garbage / 2), reuseLog.canOpen {
            keepLiveWithoutMoving(survey)
            reuseLog.open(gap, top: survey.end)
            nodes.openReuse(gap)
        } else if garbage > max(survey.live, Self.minimumCollectionThreshold) {
            compactMarked()
        } else {
            keepLiveWithoutMoving(survey)
        }
    }

    /// Marks every node a live handle reaches.
    private func markLive() {
        let marks = nodes.marks
        handles.forEach { marks[Int($0.index)] = 1 }
        nodes.closeMarks()
        reuseLog.close(at: nodes.reuseNext)
    }

    /// After marking: forgets the labels of dead nodes, drops the dead nodes on top and clears the marks.
    private func keepLiveWithoutMoving(_ survey: NodeStorage.Survey) {
        let marks = nodes.marks
        if !labels.isEmpty { labels = labels.filter { marks[Int($0.key)] != 0 } }
        nodes.clearMarks()
        reuseLog.truncate(to: survey.end)
        nodes.truncate(to: survey.end)
        finish(live: survey.live)
    }

    /// After marking: keeps only the marked nodes, in order, and renumbers handles, labels and the reuse log.
    private func compactMarked() {
        let marks = nodes.marks
        labels = labels.filter { marks[Int($0.key)] != 0 }
        reuseLog.compact(nodes)
        let handleColumn = nodes.handle
        handles.forEach { handleColumn[Int($0.index)] = nil }
        nodes.compactMarked()
        let remap = nodes.remap
        handles.forEach { value in
            value.index = remap[Int(value.index)]
            handleColumn[Int(value.index)] = Unmanaged.passUnretained(value)
        }
        var relabelled: [Int32: String] = [:]
        for (old, label) in labels { relabelled[remap[Int(old)]] = label }
        labels = relabelled
        generation += 1
        finish(live: nodes.count)
    }

    /// Sets the next budget and bound from the live size.
    private func finish(live: Int) {
        liveCountAfterLastCollection = live
        appendedAtLastReclaim = nodes.appended
        allocationBudget = max(Self.minimumCollectionThreshold, live)
        hardCollectionThreshold = max(
            Self.minimumHardThreshold, Self.hardThresholdFactor * (nodes.count + allocationBudget))
    }
}
