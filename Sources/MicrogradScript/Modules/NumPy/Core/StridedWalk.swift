/// Walks strided layouts in C order one innermost row at a time, so kernels run a plain loop over each row and no
/// per-element bookkeeping or allocation is needed.
///
/// Axes of length 1 are dropped and neighbouring axes that every operand steps through evenly are merged first, so
/// a contiguous block is one long row however many axes it has (an `(n, 1)` column is one row of `n`, not `n` rows
/// of one).
enum StridedWalk {
    /// Calls `body(start, stride, count)` for each innermost row of the layout, in C order. A 0-d layout is one row
    /// of one element; a layout with an empty axis has no rows.
    static func forEachRow(
        shape: [Int], strides: [Int], offset: Int, _ body: (_ start: Int, _ stride: Int, _ count: Int) throws -> Void
    ) rethrows {
        try forEachRow(shape: shape, operands: [(strides, offset)]) { starts, steps, count in
            try body(starts[0], steps[0], count)
        }
    }

    /// Walks several operands together over one (broadcast) shape: `body(starts, rowStrides, count)` gets each
    /// operand's buffer position at the start of the row and its stride along it. `operands` gives each operand's
    /// strides (0 along broadcast axes) and offset.
    static func forEachRow(
        shape: [Int], operands: [(strides: [Int], offset: Int)],
        _ body: (_ starts: [Int], _ rowStrides: [Int], _ count: Int) throws -> Void
    ) rethrows {
        if shape.contains(0) { return }
        let (dimensions, strides) = coalesced(shape: shape, strides: operands.map(\.strides))
        var starts = operands.map(\.offset)
        guard let last = dimensions.indices.last else {
            try body(starts, operands.map { _ in 0 }, 1)
            return
        }
        let rowStrides = strides.map { $0[last] }
        var counters = [Int](repeating: 0, count: last)
        while true {
            try body(starts, rowStrides, dimensions[last])
            var axis = last - 1
            while axis >= 0 {
                counters[axis] += 1
                for k in starts.indices { starts[k] += strides[k][axis] }
                if counters[axis] < dimensions[axis] { break }
                for k in starts.indices { starts[k] -= strides[k][axis] * dimensions[axis] }
                counters[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }

    /// The same walk with fewer axes: length-1 axes removed, and each axis merged into the next when, for every
    /// operand, stepping once along it is stepping through the whole next axis.
    static func coalesced(shape: [Int], strides: [[Int]]) -> (shape: [Int], strides: [[Int]]) {
        var dimensions: [Int] = []
        var merged: [[Int]] = strides.map { _ in [] }
        for axis in shape.indices where shape[axis] != 1 {
            if let previous = dimensions.indices.last,
                strides.indices.allSatisfy({ strides[$0][axis] * shape[axis] == merged[$0][previous] })
            {
                dimensions[previous] *= shape[axis]
                for k in strides.indices { merged[k][previous] = strides[k][axis] }
            } else {
                dimensions.append(shape[axis])
                for k in strides.indices { merged[k].append(strides[k][axis]) }
            }
        }
        return (dimensions, merged)
    }
}
