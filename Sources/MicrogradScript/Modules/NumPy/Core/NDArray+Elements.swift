/// Reading an array's elements in C order, cast to a chosen element type: the entry point of every kernel.
extension NDArray {
    /// The elements in C order, cast to `Element` with numpy's casting rules. A contiguous array of the same type
    /// costs one copy of its range; a strided one is gathered row by row.
    func elements<Element: ArrayElement>(as type: Element.Type) -> [Element] {
        switch storage {
        case .bool(let buffer): gather(buffer, as: type)
        case .int64(let buffer): gather(buffer, as: type)
        case .float64(let buffer): gather(buffer, as: type)
        }
    }

    @inline(__always)
    private func gather<Source: ArrayElement, Element: ArrayElement>(
        _ buffer: ElementBuffer<Source>, as type: Element.Type
    ) -> [Element] {
        let count = size
        if let same = buffer as? ElementBuffer<Element> {
            if isContiguous { return Array(same.elements[offset..<(offset + count)]) }
            return copyStrided(same)
        }
        return buffer.elements.withUnsafeBufferPointer { source in
            [Element](unsafeUninitializedCapacity: count) { target, initialized in
                var next = 0
                StridedWalk.forEachRow(shape: shape, strides: strides, offset: offset) { start, stride, length in
                    var position = start
                    for _ in 0..<length {
                        target.initializeElement(at: next, to: source[position].converted(to: type))
                        next += 1
                        position += stride
                    }
                }
                initialized = next
            }
        }
    }

    /// The elements in C order from a buffer of the same type (no conversion).
    private func copyStrided<Element>(_ buffer: ElementBuffer<Element>) -> [Element] {
        let count = size
        return buffer.elements.withUnsafeBufferPointer { source in
            [Element](unsafeUninitializedCapacity: count) { target, initialized in
                var next = 0
                StridedWalk.forEachRow(shape: shape, strides: strides, offset: offset) { start, stride, length in
                    if stride == 1 {
                        for k in 0..<length { target.initializeElement(at: next + k, to: source[start + k]) }
                    } else if stride == 0 {
                        let value = source[start]
                        for k in 0..<length { target.initializeElement(at: next + k, to: value) }
                    } else {
                        var position = start
                        for k in 0..<length {
                            target.initializeElement(at: next + k, to: source[position])
                            position += stride
                        }
                    }
                    next += length
                }
                initialized = next
            }
        }
    }

    /// The elements in C order as numpy scalars (for printing, `tolist` and iteration; not for kernels).
    var scalars: [Scalar] {
        switch storage {
        case .bool: elements(as: Bool.self).map(\.scalar)
        case .int64: elements(as: Int64.self).map(\.scalar)
        case .float64: elements(as: Double.self).map(\.scalar)
        }
    }

    /// The element at the start of the array (the only one of a 0-d array), if there is one.
    var firstScalar: Scalar? {
        guard size > 0 else { return nil }
        switch storage {
        case .bool(let buffer): return .bool(buffer.elements[offset])
        case .int64(let buffer): return .int64(buffer.elements[offset])
        case .float64(let buffer): return .float64(buffer.elements[offset])
        }
    }

    /// A copy with the elements cast to `dtype` (`arr.astype(dtype)`; numpy copies even when the type does not
    /// change), laid out in the array's memory order as numpy's default `order='K'` does.
    public func astype(_ dtype: DType) -> NDArray {
        if let order = MemoryOrder.axes(shape: shape, operandStrides: [strides]) {
            return permutedView(order).contiguousCopy(dtype).permutedView(MemoryOrder.inverse(order))
        }
        return contiguousCopy(dtype)
    }

    /// A C-contiguous copy cast to `dtype`.
    private func contiguousCopy(_ dtype: DType) -> NDArray {
        switch dtype {
        case .bool: NDArray(contiguous: elements(as: Bool.self), shape: shape)
        case .int64: NDArray(contiguous: elements(as: Int64.self), shape: shape)
        case .float64: NDArray(contiguous: elements(as: Double.self), shape: shape)
        }
    }

    /// A C-contiguous copy (`arr.copy()`, whose default order is 'C').
    public func copy() -> NDArray { contiguousCopy(dtype) }

    /// The array in `dtype`, sharing memory when it already has that type (for internal use where no copy is
    /// needed).
    func cast(to dtype: DType) -> NDArray { dtype == self.dtype ? self : astype(dtype) }
}
