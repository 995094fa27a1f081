/// `argmax`, `argmin` and `cumsum`: reductions that follow index order rather than memory order.
extension NDArray {
    /// `arr.argmax(axis)`: the index of the first largest element (the first NaN, if any) along `axis`, or in the
    /// flattened array for `axis: nil`.
    public func argmax(axis: Int? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        try argExtreme(axis: axis, keepdims: keepdims, name: "argmax", larger: true)
    }

    /// `arr.argmin(axis)`: the index of the first smallest element (the first NaN, if any).
    public func argmin(axis: Int? = nil, keepdims: Bool = false) throws -> ArrayOrScalar {
        try argExtreme(axis: axis, keepdims: keepdims, name: "argmin", larger: false)
    }

    private func argExtreme(axis: Int?, keepdims: Bool, name: String, larger: Bool) throws -> ArrayOrScalar {
        let layout = try ReductionLayout(axis == nil ? ravel() : self, axes: axis.map { [$0] } ?? [0])
        if layout.segmentLength == 0 { throw NumPyError.value("attempt to get \(name) of an empty sequence") }
        let length = layout.segmentLength
        let values = layout.logical.elements(as: Double.self)
        let integers = dtype == .int64 ? layout.logical.elements(as: Int64.self) : nil
        let indices: [Int64] = (0..<layout.outputCount).map { o in
            let base = o * length
            var best = 0
            for i in 1..<length {
                if let integers {
                    let (x, b) = (integers[base + i], integers[base + best])
                    if larger ? x > b : x < b { best = i }
                } else {
                    let (x, b) = (values[base + i], values[base + best])
                    if b.isNaN { break }
                    if x.isNaN || (larger ? x > b : x < b) { best = i }
                }
            }
            return Int64(best)
        }
        let flat = NDArray(contiguous: indices, shape: [layout.outputCount])
        if axis == nil {
            let shape = keepdims ? [Int](repeating: 1, count: ndim) : []
            return .unwrapping(NDArray(storage: flat.storage, shape: shape, strides: shape.map { _ in 0 }, offset: 0))
        }
        return layout.logicalResult(flat, keepdims: keepdims)
    }

    /// `arr.cumsum(axis)`: running sums along `axis` (of the flattened array for `axis: nil`), added one at a time;
    /// int64 for int and bool arrays.
    public func cumsum(axis: Int? = nil) throws -> NDArray {
        guard let axis else { return try ravel().cumsum(axis: 0) }
        let along = try ArrayShape.normalize(axis: axis, ndim: ndim)
        let others = (0..<ndim).filter { $0 != along }
        let moved = permutedView(others + [along])
        let length = shape[along]
        func running<Element: ArrayElement & AdditiveArithmetic>(_ type: Element.Type, _ add: (Element, Element) -> Element) -> NDArray {
            var values = moved.elements(as: type)
            var start = 0
            while start < values.count {
                for i in (start + 1)..<(start + length) { values[i] = add(values[i - 1], values[i]) }
                start += length
            }
            return NDArray(contiguous: values, shape: moved.shape)
        }
        let summed = dtype == .float64 ? running(Double.self, +) : running(Int64.self, &+)
        var inverse = [Int](repeating: 0, count: ndim)
        for (position, axis) in (others + [along]).enumerated() { inverse[axis] = position }
        return summed.permutedView(inverse).copy()
    }
}
