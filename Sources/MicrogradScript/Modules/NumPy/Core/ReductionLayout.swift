/// How a reduction walks an array, so that float sums add in numpy's order and agree bit for bit.
///
/// numpy's iterator visits the axes in the input's memory order (`MemoryOrder`), and allocates the result in that
/// order too. When the innermost visited axis is reduced, its inner loop is an add-reduce over a run of elements
/// (the innermost reduced axes that follow each other in the visiting order, which the iterator coalesces or
/// buffers), summed pairwise in blocks of at most 8192; runs separated by a kept axis are added one after another.
/// When the innermost visited axis is kept, each output accumulates its elements one at a time.
struct ReductionLayout {
    /// The result's shape without `keepdims`.
    let outputShape: [Int]
    /// The result's shape with `keepdims` (reduced axes kept with length 1).
    let keptShape: [Int]
    /// How many elements each output reduces.
    let segmentLength: Int
    /// How many outputs there are.
    let outputCount: Int
    /// Whether numpy sums each output in pairwise runs (innermost visited axis reduced) or one element at a time.
    let isPairwise: Bool
    /// The length of one pairwise run (a divisor of `segmentLength`).
    let runLength: Int
    /// A view: kept axes in visiting order, then the reduced axes (outer ones, then the innermost run) in visiting
    /// order; each output's elements are a contiguous segment of its C-order elements.
    let ordered: NDArray
    /// A view: kept axes in index order, then the reduced axes in index order (for `argmax`).
    let logical: NDArray
    /// The kept axes in visiting order: the memory layout of the result.
    private let keptOrder: [Int]
    private let kept: [Int]
    /// All axes in numpy's visiting order, outermost first.
    private let order: [Int]

    /// The layout for reducing `array` over `axes` (nil: all axes), after numpy's axis checks.
    init(_ array: NDArray, axes: [Int]?) throws {
        let ndim = array.ndim
        let reduced: [Int]
        if let axes {
            reduced = try axes.map { try ArrayShape.normalize(axis: $0, ndim: ndim) }
            guard Set(reduced).count == reduced.count else { throw NumPyError.value("duplicate value in 'axis'") }
        } else {
            reduced = Array(0..<ndim)
        }
        let reducedSet = Set(reduced)
        kept = (0..<ndim).filter { !reducedSet.contains($0) }
        outputShape = kept.map { array.shape[$0] }
        keptShape = (0..<ndim).map { reducedSet.contains($0) ? 1 : array.shape[$0] }
        segmentLength = reduced.map { array.shape[$0] }.reduce(1, *)
        outputCount = ArrayShape.count(outputShape)

        let order = MemoryOrder.iterationOrder(shape: array.shape, operandStrides: [array.strides])
        self.order = order
        let significant = order.filter { array.shape[$0] > 1 }
        isPairwise = significant.last.map(reducedSet.contains) ?? true
        var run: [Int] = []
        if isPairwise {
            for axis in significant.reversed() {
                guard reducedSet.contains(axis) else { break }
                run.insert(axis, at: 0)
            }
        }
        let runSet = Set(run)
        let outerReduced = order.filter { reducedSet.contains($0) && !runSet.contains($0) }
        runLength = isPairwise ? run.map { array.shape[$0] }.reduce(1, *) : segmentLength
        keptOrder = order.filter { !reducedSet.contains($0) }
        ordered = array.permutedView(keptOrder + outerReduced + run)
        logical = array.permutedView(kept + reduced.sorted())
    }

    /// Wraps per-output values (computed in `ordered`'s order) into numpy's result: an array of `outputShape` (or
    /// `keptShape`) laid out in visiting order, or a scalar when it is 0-d.
    func result(_ values: NDArray, keepdims: Bool) -> ArrayOrScalar {
        let bufferStrides = ArrayShape.contiguousStrides(Array(ordered.shape.prefix(keptOrder.count)))
        var strides = [Int](repeating: 0, count: keptShape.count)
        for (position, axis) in keptOrder.enumerated() { strides[axis] = bufferStrides[position] }
        let shape = keepdims ? keptShape : outputShape
        let finalStrides = keepdims ? strides : kept.map { strides[$0] }
        return .unwrapping(NDArray(storage: values.storage, shape: shape, strides: finalStrides, offset: 0))
    }

    /// The float sum of one output's elements (in `ordered`'s order) as numpy adds them: pairwise within each run,
    /// runs one after another, or one element at a time.
    func addUp(_ values: UnsafeBufferPointer<Double>) -> Double {
        guard isPairwise else { return PairwiseSum.sequential(values) }
        var total = 0.0
        var start = 0
        while start < values.count {
            total = PairwiseSum.reduce(UnsafeBufferPointer(rebasing: values[start..<(start + runLength)]), into: total)
            start += runLength
        }
        return total
    }

    /// Each output folded one element at a time in numpy's visiting order, walking `values` (the reduced array, or
    /// its float64 cast) in memory order: `step(accumulator, element, output)`. This is numpy's order for
    /// sequential sums and for products, and it reads memory the way the array lies.
    func accumulate(_ values: NDArray, initial: Double, _ step: (Double, Double, Int) -> Double) -> NDArray {
        let view = values.cast(to: .float64).permutedView(order)
        let bufferStrides = ArrayShape.contiguousStrides(keptOrder.map { values.shape[$0] })
        var outputStrides = [Int](repeating: 0, count: order.count)
        for (position, axis) in order.enumerated() {
            if let k = keptOrder.firstIndex(of: axis) { outputStrides[position] = bufferStrides[k] }
        }
        var totals = [Double](repeating: initial, count: outputCount)
        guard case .float64(let buffer) = view.storage else { return NDArray(contiguous: totals, shape: [outputCount]) }
        buffer.elements.withUnsafeBufferPointer { x in
            totals.withUnsafeMutableBufferPointer { out in
                StridedWalk.forEachRow(shape: view.shape, operands: [(view.strides, view.offset), (outputStrides, 0)]) {
                    starts, steps, count in
                    var i = starts[0], o = starts[1]
                    let di = steps[0], dO = steps[1]
                    for _ in 0..<count {
                        out[o] = step(out[o], x[i], o)
                        i += di
                        o += dO
                    }
                }
            }
        }
        return NDArray(contiguous: totals, shape: [outputCount])
    }

    /// Wraps per-output values computed in index order of the kept axes (as `argmax` computes them).
    func logicalResult(_ values: NDArray, keepdims: Bool) -> ArrayOrScalar {
        let shape = keepdims ? keptShape : outputShape
        return .unwrapping(NDArray(storage: values.storage, shape: shape, strides: ArrayShape.contiguousStrides(shape), offset: 0))
    }
}

extension NDArray {
    /// A view with the axes in the order given (a permutation).
    func permutedView(_ axes: [Int]) -> NDArray {
        NDArray(storage: storage, shape: axes.map { shape[$0] }, strides: axes.map { strides[$0] }, offset: offset)
    }
}
