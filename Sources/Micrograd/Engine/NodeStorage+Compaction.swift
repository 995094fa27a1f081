// Compaction: keeping only the nodes a walk marked, in order, so creation order stays a topological order.
//
// Live nodes come in long runs (a training step's whole graph is one run, the parameters another), so the work goes
// run by run: the value columns of a run move with one `memmove` each, and only operand indices are rewritten one
// node at a time, through `remap` (whose `-1` entry is -1, so "no operand" needs no branch). A run that does not
// move (the live prefix of the tape, usually the parameters) costs only its remap entries.

extension NodeStorage {
    /// Keeps only the marked nodes, in their order, clearing the marks as it goes. Afterwards `remap[old]` is each
    /// kept node's new index (entries of dropped nodes are meaningless). Operand indices are rewritten. O(count)
    /// with a small constant for dropped stretches (a word of marks at a time), no recursion, no allocation.
    func compactMarked() {
        let columns = Columns(self)
        let marks = self.marks, remap = self.remap
        let end = count
        var next = 0
        var i = 0
        while i < end {
            let start = Self.firstMarked(marks, from: i, end: end)
            guard start < end else { break }
            let stop = Self.firstUnmarked(marks, from: start, end: end)
            let length = stop - start
            let shift = Int32(truncatingIfNeeded: start - next)
            (marks + start).update(repeating: 0, count: length)
            if shift == 0 {
                // Already in place: operands, which are older, are in place too.
                for k in start..<stop { remap[k] = Int32(truncatingIfNeeded: k) }
            } else {
                columns.data.advanced(by: next).update(from: columns.data + start, count: length)
                columns.grad.advanced(by: next).update(from: columns.grad + start, count: length)
                columns.operation.advanced(by: next).update(from: columns.operation + start, count: length)
                columns.constant.advanced(by: next).update(from: columns.constant + start, count: length)
                // Operands are older than their node, so their remap entries are already written.
                let lhs = columns.lhs, rhs = columns.rhs
                for k in start..<stop {
                    let moved = Int32(truncatingIfNeeded: k) &- shift
                    remap[k] = moved
                    lhs[Int(moved)] = remap[Int(lhs[k])]
                    rhs[Int(moved)] = remap[Int(rhs[k])]
                }
            }
            next += length
            i = stop
        }
        truncate(to: next)
    }

    /// The first marked index in `from..<end`, or `end`.
    @inline(__always) static func firstMarked(_ marks: UnsafeMutablePointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        while i + 8 <= end, noneMarked(marks + i) { i += 8 }
        while i < end, marks[i] == 0 { i += 1 }
        return i
    }

    /// The first unmarked index in `from..<end`, or `end`.
    @inline(__always) static func firstUnmarked(_ marks: UnsafeMutablePointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        while i + 8 <= end, allMarked(marks + i) { i += 8 }
        while i < end, marks[i] != 0 { i += 1 }
        return i
    }

    /// Whether the eight marks starting at `marks` are all set (marks are 0 or 1).
    @inline(__always) private static func allMarked(_ marks: UnsafeMutablePointer<UInt8>) -> Bool {
        UnsafeRawPointer(marks).loadUnaligned(as: UInt64.self) == 0x0101_0101_0101_0101
    }
}
