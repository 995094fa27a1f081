// Reclaiming without moving. A training loop written as micrograd's demo writes it keeps last step's loss alive
// (`total_loss, acc = loss()` replaces it only once the new graph is built), so when a step starts, the graph below
// the newest one is garbage while the newest is live. Compacting would move the live graph down every time; instead
// the dead stretch below it is handed back to `slot(after:count:)` and the next step's graph is built there. Steps
// then alternate between two stretches of the tape and nothing moves.

extension NodeStorage {
    /// What a marking walk found: how many nodes are live, where the last live node ends, and the longest run of
    /// dead nodes below it.
    struct Survey {
        var live = 0
        var end = 0
        var largestGap = 0..<0
    }

    /// Surveys the marks (leaving them set). O(count), a word of marks at a time through dead stretches.
    func surveyMarked() -> Survey {
        var survey = Survey()
        let marks = self.marks
        var i = 0
        while i < count {
            let start = Self.firstMarked(marks, from: i, end: count)
            guard start < count else { break }
            if start - i > survey.largestGap.count { survey.largestGap = i..<start }
            let stop = Self.firstUnmarked(marks, from: start, end: count)
            survey.live += stop - start
            survey.end = stop
            i = stop
        }
        return survey
    }

    /// Whether any node in `nodes` has an operand in `range`: the one way nodes above a stretch could reach it.
    /// An unsigned range check per operand (-1, no operand, wraps to a huge number, outside any range), eight
    /// operands at a time.
    func hasOperand(in range: Range<Int>, among nodes: Range<Int>) -> Bool {
        let low = Int32(truncatingIfNeeded: range.lowerBound)
        let span = UInt32(truncatingIfNeeded: range.count)
        func outside(_ x: Int32) -> Bool { UInt32(bitPattern: x &- low) >= span }
        let lows = SIMD8<Int32>(repeating: low), spans = SIMD8<UInt32>(repeating: span)
        var hits = SIMDMask<SIMD8<Int32>>(repeating: false)
        var i = nodes.lowerBound
        for column in [lhs, rhs] {
            i = nodes.lowerBound
            while i + 8 <= nodes.upperBound {
                let operands = UnsafeRawPointer(column + i).loadUnaligned(as: SIMD8<Int32>.self)
                hits .|= SIMD8<UInt32>(truncatingIfNeeded: operands &- lows) .< spans
                i += 8
            }
        }
        while i < nodes.upperBound {
            if !outside(lhs[i]) || !outside(rhs[i]) { return true }
            i += 1
        }
        return any(hits)
    }

    /// Clears every mark (after a survey that did not compact).
    func clearMarks() {
        marks.update(repeating: 0, count: count)
    }

    /// For each of `points` (ascending), how many marked nodes lie below it: where that index lands when the tape
    /// compacts.
    func markedCounts(below points: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(points.count)
        var marked = 0
        var i = 0
        for point in points {
            let target = min(max(point, 0), count)
            while i < target {
                marked += Int(marks[i] != 0 ? 1 : 0)
                i += 1
            }
            result.append(marked)
        }
        return result
    }
}
