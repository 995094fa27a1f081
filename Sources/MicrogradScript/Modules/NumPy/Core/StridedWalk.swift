/// Walks strided layouts in C order one innermost row at a time, so kernels run a plain loop over each row and no
/// per-element bookkeeping or allocation is needed.
enum StridedWalk {
    /// Calls `body(start, stride, count)` for each innermost row of the layout, in C order. A 0-d layout is one row
    /// of one element; a layout with an empty axis has no rows.
    static func forEachRow(
        shape: [Int], strides: [Int], offset: Int, _ body: (_ start: Int, _ stride: Int, _ count: Int) throws -> Void
    ) rethrows {
        guard let last = shape.indices.last else {
            try body(offset, 0, 1)
            return
        }
        if shape.contains(0) { return }
        let rowLength = shape[last]
        let rowStride = strides[last]
        var counters = [Int](repeating: 0, count: last)
        var start = offset
        while true {
            try body(start, rowStride, rowLength)
            var axis = last - 1
            while axis >= 0 {
                counters[axis] += 1
                start += strides[axis]
                if counters[axis] < shape[axis] { break }
                start -= strides[axis] * shape[axis]
                counters[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }

    /// Walks several operands together over one (broadcast) shape: `body(starts, rowStrides, count)` gets each
    /// operand's buffer position at the start of the row and its stride along it. `operands` gives each operand's
    /// strides (0 along broadcast axes) and offset.
    static func forEachRow(
        shape: [Int], operands: [(strides: [Int], offset: Int)],
        _ body: (_ starts: [Int], _ rowStrides: [Int], _ count: Int) throws -> Void
    ) rethrows {
        var starts = operands.map(\.offset)
        guard let last = shape.indices.last else {
            try body(starts, operands.map { _ in 0 }, 1)
            return
        }
        if shape.contains(0) { return }
        let rowStrides = operands.map { $0.strides[last] }
        var counters = [Int](repeating: 0, count: last)
        while true {
            try body(starts, rowStrides, shape[last])
            var axis = last - 1
            while axis >= 0 {
                counters[axis] += 1
                for k in operands.indices { starts[k] += operands[k].strides[axis] }
                if counters[axis] < shape[axis] { break }
                for k in operands.indices { starts[k] -= operands[k].strides[axis] * shape[axis] }
                counters[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }
}
