/// Creation order, where reusing dead stretches of the tape makes it differ from index order.
///
/// Index order is always a topological order, and it is creation order except for nodes built in a reused stretch:
/// they were made after every node then alive above them. Drawings list values in creation order, so the tape
/// records each reused stretch with the top of the tape when it opened (`after`), and sorts a drawing's nodes by
/// `key(_:)`: a node of a stretch sorts just below `after`, after every older node there, in order of stretches,
/// then of slots. (The tape closes a stretch as soon as a node goes on top, so no node on top was made between two
/// nodes of one stretch.)
struct ReuseLog {
    struct Stretch {
        var start: Int
        var end: Int
        /// Every node of the stretch was made after the live nodes below this index, and before the nodes at or
        /// above it.
        var after: Int
        let sequence: Int
    }

    private(set) var stretches: [Stretch] = []
    private var nextSequence = 0
    /// Whether the last stretch is still being filled (its `end` follows the storage's `reuseNext`).
    private var lastIsOpen = false

    /// Past this many stretches the tape compacts instead of opening another, so the log stays short.
    static let maximumStretches = 64
    var canOpen: Bool { stretches.count < Self.maximumStretches }

    /// Records how far the open stretch is filled.
    mutating func record(next: Int) {
        guard lastIsOpen, !stretches.isEmpty else { return }
        stretches[stretches.count - 1].end = next
    }

    /// Records how far the open stretch got, and closes it.
    mutating func close(at next: Int) {
        record(next: next)
        lastIsOpen = false
    }

    /// Starts a stretch over `range`, whose slots are all dead, with the tape's top at `top`.
    mutating func open(_ range: Range<Int>, top: Int) {
        var kept: [Stretch] = []
        for stretch in stretches {
            if stretch.start < range.lowerBound {
                var below = stretch
                below.end = min(stretch.end, range.lowerBound)
                kept.append(below)
            }
            if stretch.end > range.upperBound {
                var above = stretch
                above.start = max(stretch.start, range.upperBound)
                kept.append(above)
            }
        }
        kept.append(Stretch(start: range.lowerBound, end: range.lowerBound, after: top, sequence: nextSequence))
        stretches = kept
        nextSequence += 1
        lastIsOpen = true
    }

    /// Forgets slots from `count` up, which the tape dropped.
    mutating func truncate(to count: Int) {
        lastIsOpen = false
        stretches = stretches.compactMap { stretch in
            var clamped = stretch
            clamped.end = min(stretch.end, count)
            clamped.after = min(stretch.after, count)
            return clamped.start < clamped.end ? clamped : nil
        }
    }

    /// Renumbers the stretches as the storage's marked nodes are about to be compacted (marks still set).
    mutating func compact(_ nodes: NodeStorage) {
        lastIsOpen = false
        guard !stretches.isEmpty else { return }
        var points = stretches.flatMap { [$0.start, $0.end, $0.after] }
        points.sort()
        let counts = nodes.markedCounts(below: points)
        var landing: [Int: Int] = [:]
        for (point, count) in zip(points, counts) { landing[point] = count }
        stretches = stretches.compactMap { stretch in
            let start = landing[stretch.start] ?? 0, end = landing[stretch.end] ?? 0
            guard start < end else { return nil }
            return Stretch(start: start, end: end, after: landing[stretch.after] ?? 0, sequence: stretch.sequence)
        }
    }

    /// The sort key that puts nodes in creation order.
    func key(_ index: Int) -> (Int, Int, Int) {
        for stretch in stretches where stretch.start <= index && index < stretch.end {
            return (stretch.after - 1, stretch.sequence, index)
        }
        return (index, -1, 0)
    }
}
