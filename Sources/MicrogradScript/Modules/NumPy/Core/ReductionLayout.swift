/// How a reduction walks an array, so that float sums add in numpy's order and agree bit for bit.
///
/// numpy's iterator visits the axes in memory order (its "best axis ordering": an axis moves inward only if no
/// operand has a smaller stride on it). When the innermost visited axis is reduced, the inner loop is an add-reduce
/// over a run of elements, summed pairwise in blocks of at most 8192 (the iterator's buffer); otherwise each output
/// accumulates its elements one at a time. `ordered` lists each output's elements in visiting order, one output after
/// another; `logical` lists them in index order (for `argmax`).
struct ReductionLayout {
    /// The result's shape without `keepdims`.
    let outputShape: [Int]
    /// The result's shape with `keepdims` (reduced axes kept with length 1).
    let keptShape: [Int]
    /// How many elements each output reduces.
    let segmentLength: Int
    /// How many outputs there are.
    let outputCount: Int
    /// Whether numpy sums each output pairwise (innermost visited axis reduced) or one element at a time.
    let isPairwise: Bool
    /// A view: kept axes in order, then the reduced axes in numpy's visiting order.
    let ordered: NDArray
    /// A view: kept axes in order, then the reduced axes in index order.
    let logical: NDArray

    /// The layout for reducing `array` over `axes` (nil: all axes), after numpy's axis checks.
    init(_ array: NDArray, axes: [Int]?) throws {
        let ndim = array.ndim
        let reduced: [Int]
        if let axes {
            reduced = try axes.map { try Shape.normalize(axis: $0, ndim: ndim) }
            guard Set(reduced).count == reduced.count else { throw NumPyError.value("duplicate value in 'axis'") }
        } else {
            reduced = Array(0..<ndim)
        }
        let reducedSet = Set(reduced)
        let kept = (0..<ndim).filter { !reducedSet.contains($0) }
        outputShape = kept.map { array.shape[$0] }
        keptShape = (0..<ndim).map { reducedSet.contains($0) ? 1 : array.shape[$0] }
        segmentLength = reduced.map { array.shape[$0] }.reduce(1, *)
        outputCount = Shape.count(outputShape)

        let outputStrides = Shape.contiguousStrides(outputShape)
        var outputOperandStrides = [Int](repeating: 0, count: ndim)
        for (k, axis) in kept.enumerated() { outputOperandStrides[axis] = outputStrides[k] }
        let order = Self.iterationOrder(shape: array.shape, operandStrides: [outputOperandStrides, array.strides])
        let innermost = order.last { array.shape[$0] > 1 }
        isPairwise = innermost.map(reducedSet.contains) ?? true
        let visitedReduced = order.filter(reducedSet.contains)
        ordered = array.permutedView(kept + visitedReduced)
        logical = array.permutedView(kept + reduced.sorted())
    }

    /// numpy's `npyiter_find_best_axis_ordering`: an insertion sort of the axes, innermost first, where an axis moves
    /// inward past another only if some operand has a larger stride on that other axis and none disagrees (C order
    /// wins conflicts; zero strides abstain). Returns the axes from outermost to innermost.
    static func iterationOrder(shape: [Int], operandStrides: [[Int]]) -> [Int] {
        var innerFirst = Array((0..<shape.count).reversed())
        guard innerFirst.count > 1 else { return innerFirst }
        for i0 in 1..<innerFirst.count {
            var insertAt = i0
            let moving = innerFirst[i0]
            var i1 = i0 - 1
            while i1 >= 0 {
                let other = innerFirst[i1]
                var ambiguous = true
                var shouldSwap = false
                for strides in operandStrides where strides[moving] != 0 && strides[other] != 0 {
                    if Swift.abs(strides[other]) <= Swift.abs(strides[moving]) {
                        shouldSwap = false
                    } else if ambiguous {
                        shouldSwap = true
                    }
                    ambiguous = false
                }
                if !ambiguous {
                    if shouldSwap { insertAt = i1 } else { break }
                }
                i1 -= 1
            }
            if insertAt != i0 {
                innerFirst.remove(at: i0)
                innerFirst.insert(moving, at: insertAt)
            }
        }
        return innerFirst.reversed()
    }

    /// Wraps per-output values into numpy's result: the array of `outputShape` (or `keptShape`), or a scalar when it
    /// is 0-d.
    func result(_ values: NDArray, keepdims: Bool) -> ArrayOrScalar {
        let shape = keepdims ? keptShape : outputShape
        return .unwrapping(NDArray(storage: values.storage, shape: shape, strides: Shape.contiguousStrides(shape), offset: 0))
    }
}

extension NDArray {
    /// A view with the axes in the order given (a permutation).
    func permutedView(_ axes: [Int]) -> NDArray {
        NDArray(storage: storage, shape: axes.map { shape[$0] }, strides: axes.map { strides[$0] }, offset: offset)
    }
}
