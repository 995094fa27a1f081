/// `range(start, stop, step)`: lazy, so `range(10**9)` costs nothing until iterated. Holds no objects, so it is
/// not tracked by the collector.
final class RangeObject {
    let start: Int
    let stop: Int
    let step: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        // The span of a range can exceed Int.max (range(-2**62*3, 2**62*3)); it always fits in UInt.
        if step > 0, start < stop {
            let span = UInt(bitPattern: stop &- start)
            count = Int(clamping: (span - 1) / UInt(step) + 1)
        } else if step < 0, start > stop {
            let span = UInt(bitPattern: start &- stop)
            count = Int(clamping: (span - 1) / step.magnitude + 1)
        } else {
            count = 0
        }
    }

    /// The number of elements, as Python's `len(range(…))` (saturating at Int.max).
    let count: Int

    /// The element at `index` (0 ≤ index < count); wrapping arithmetic is exact because the result is in range.
    func element(_ index: Int) -> Int { start &+ index &* step }
}
