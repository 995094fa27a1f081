/// Frames kept for reuse, by slot count: a call takes one and gives it back when it returns, so a hot function
/// costs no allocation for its frame. A frame is only given back when nothing else holds it.
struct FramePool {
    private var free: [[Frame]] = []
    /// Frames kept per size, at most.
    private static let depth = 64
    /// Sizes kept, at most; bigger frames are always allocated afresh.
    private static let largestSize = 64

    /// A frame with `count` unbound slots and `closure`.
    @inline(__always) mutating func take(count: Int, closure: Environment?) -> Frame {
        if count < free.count, let frame = free[count].popLast() {
            frame.closure = closure
            return frame
        }
        return Frame(count: count, closure: closure)
    }

    /// Takes `frame` back once its call has returned, if it is not shared.
    @inline(__always) mutating func give(_ frame: inout Frame) {
        let count = frame.count
        guard count <= Self.largestSize, isKnownUniquelyReferenced(&frame) else { return }
        frame.reset()
        if count >= free.count { free += Array(repeating: [], count: count - free.count + 1) }
        if free[count].count < Self.depth { free[count].append(frame) }
    }

    mutating func removeAll() { free = [] }
}
