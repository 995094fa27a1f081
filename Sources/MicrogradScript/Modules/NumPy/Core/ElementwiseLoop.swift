/// The loop every elementwise operation runs: inputs read in place when they are contiguous and of the loop's type
/// (cast into a temporary otherwise), broadcast by strides, and the output written once into fresh memory.
///
/// Like numpy (`order='K'`), the output's memory follows the inputs' memory order: the sum of a transposed array
/// and a scalar is itself laid out transposed. That is invisible except in the order a later reduction adds the
/// elements, where it keeps the sums bit for bit equal to numpy's.
enum ElementwiseLoop {
    /// `f` applied to each pair of elements of `a` and `b` broadcast to `shape` (which the caller computed and
    /// bounded).
    @inline(__always)
    static func map<A: ArrayElement, B: ArrayElement, R: ArrayElement>(
        _ a: NDArray, _ b: NDArray, shape: [Int], _ f: (A, B) -> R
    ) -> NDArray {
        let order = MemoryOrder.axes(
            shape: shape,
            operandStrides: [a, b].map { Broadcast.strides(shape: $0.shape, strides: $0.strides, to: shape) })
        if let order {
            let permuted = inOrder(
                a.padded(to: shape.count).permutedView(order), b.padded(to: shape.count).permutedView(order),
                shape: order.map { shape[$0] }, f)
            return permuted.permutedView(MemoryOrder.inverse(order))
        }
        return inOrder(a, b, shape: shape, f)
    }

    /// `map` with the output in C order of `shape`.
    @inline(__always)
    private static func inOrder<A: ArrayElement, B: ArrayElement, R: ArrayElement>(
        _ a: NDArray, _ b: NDArray, shape: [Int], _ f: (A, B) -> R
    ) -> NDArray {
        let count = ArrayShape.count(shape)
        let values = a.withElements(as: A.self) { x in
            b.withElements(as: B.self) { y in
                [R](unsafeUninitializedCapacity: count) { out, initialized in
                    if a.shape == shape, b.shape == shape {
                        for i in 0..<count { out.initializeElement(at: i, to: f(x[i], y[i])) }
                    } else if a.shape == shape, b.size == 1 {
                        let constant = y[0]
                        for i in 0..<count { out.initializeElement(at: i, to: f(x[i], constant)) }
                    } else if b.shape == shape, a.size == 1 {
                        let constant = x[0]
                        for i in 0..<count { out.initializeElement(at: i, to: f(constant, y[i])) }
                    } else {
                        let xs = Broadcast.strides(shape: a.shape, strides: ArrayShape.contiguousStrides(a.shape), to: shape)
                        let ys = Broadcast.strides(shape: b.shape, strides: ArrayShape.contiguousStrides(b.shape), to: shape)
                        var next = 0
                        StridedWalk.forEachRow(shape: shape, operands: [(xs, 0), (ys, 0)]) { starts, steps, length in
                            var i = starts[0], j = starts[1]
                            let di = steps[0], dj = steps[1]
                            for _ in 0..<length {
                                out.initializeElement(at: next, to: f(x[i], y[j]))
                                next += 1
                                i += di
                                j += dj
                            }
                        }
                    }
                    initialized = count
                }
            }
        }
        return NDArray(contiguous: values, shape: shape)
    }

    /// `f` applied to each element of `a`, laid out in `a`'s memory order.
    @inline(__always)
    static func map<A: ArrayElement, R: ArrayElement>(_ a: NDArray, _ f: (A) -> R) -> NDArray {
        if let order = MemoryOrder.axes(shape: a.shape, operandStrides: [a.strides]) {
            return inOrder(a.permutedView(order), f).permutedView(MemoryOrder.inverse(order))
        }
        return inOrder(a, f)
    }

    /// The one-operand `map` with the output in C order.
    @inline(__always)
    private static func inOrder<A: ArrayElement, R: ArrayElement>(_ a: NDArray, _ f: (A) -> R) -> NDArray {
        let count = a.size
        let values = a.withElements(as: A.self) { x in
            [R](unsafeUninitializedCapacity: count) { out, initialized in
                for i in 0..<count { out.initializeElement(at: i, to: f(x[i])) }
                initialized = count
            }
        }
        return NDArray(contiguous: values, shape: a.shape)
    }
}

extension NDArray {
    /// Runs `body` over the elements in C order as `Element`: the buffer itself when the array is contiguous and of
    /// that type, else a cast copy.
    @inline(__always)
    func withElements<Element: ArrayElement, Result>(
        as type: Element.Type, _ body: (UnsafeBufferPointer<Element>) throws -> Result
    ) rethrows -> Result {
        if isContiguous, let buffer = Element.buffer(in: storage) {
            let count = size
            let start = offset
            return try buffer.elements.withUnsafeBufferPointer { all in
                try body(UnsafeBufferPointer(rebasing: all[start..<(start + count)]))
            }
        }
        let copied = elements(as: type)
        return try copied.withUnsafeBufferPointer(body)
    }
}

extension NDArray {
    /// The same array with leading axes of length 1 added up to `ndim` axes (a view).
    func padded(to ndim: Int) -> NDArray {
        guard ndim > self.ndim else { return self }
        let extra = ndim - self.ndim
        return NDArray(storage: storage, shape: [Int](repeating: 1, count: extra) + shape,
                       strides: [Int](repeating: 0, count: extra) + strides, offset: offset)
    }
}
