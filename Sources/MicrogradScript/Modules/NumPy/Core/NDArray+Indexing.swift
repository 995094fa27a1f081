/// Reading and writing through an index: `X[i]`, `X[:, 0]`, `X[mask]`, `X[idx] = v`.
extension NDArray {
    /// `arr[index]`: a scalar when every axis is indexed by an integer, a view for basic indexing (integers, slices,
    /// `None`, `...`), and a copy for advanced indexing (integer arrays, boolean masks).
    public func get(_ index: [IndexComponent]) throws -> ArrayOrScalar {
        if let mask = fullMask(index) { return .array(selecting(mask)) }
        let resolved = try ResolvedIndex(index, of: self)
        if let selection = resolved.selection { return .array(gather(selection)) }
        if resolved.isScalar, let scalar = resolved.view.firstScalar { return .scalar(scalar) }
        return .array(resolved.view)
    }

    /// `arr[index] = value`: the value is cast to the array's dtype and broadcast to the indexed shape, then written
    /// into the array's memory (so views see it). Assigning a float NaN or infinity to an int array element is
    /// Python's error, as in numpy.
    public func set(_ index: [IndexComponent], _ value: ArrayOrScalar) throws {
        if case .scalar(.float64(let d)) = value, dtype == .int64, !d.isFinite {
            if d.isNaN { throw NumPyError.value("cannot convert float NaN to integer") }
            throw NumPyError(.overflowError, "cannot convert float infinity to integer")
        }
        if let mask = fullMask(index), isContiguous {
            let flags = mask.elements(as: Bool.self)
            let positions = flags.indices.filter { flags[$0] }.map { offset + $0 }
            scatter(try value.asArray.broadcast(to: [positions.count]), to: positions)
            return
        }
        let resolved = try ResolvedIndex(index, of: self)
        let source = value.asArray
        if let selection = resolved.selection {
            let stretched: NDArray
            do {
                stretched = try source.broadcast(to: selection.shape)
            } catch {
                throw NumPyError.value(
                    "shape mismatch: value array of shape \(ArrayShape.compactRepr(source.shape)) could not be broadcast "
                        + "to indexing result of shape \(ArrayShape.compactRepr(selection.shape))")
            }
            scatter(stretched, to: selection.positions)
        } else {
            try resolved.view.assign(source)
        }
    }

    /// The mask when the index is one boolean array of the array's own shape (`X[X > 0]`), the common case that
    /// needs no index arithmetic.
    private func fullMask(_ index: [IndexComponent]) -> NDArray? {
        guard index.count == 1, case .array(let mask) = index[0], mask.dtype == .bool, mask.shape == shape, ndim > 0
        else { return nil }
        return mask
    }

    /// The elements where `mask` is true, in C order.
    private func selecting(_ mask: NDArray) -> NDArray {
        let flags = mask.elements(as: Bool.self)
        func pick<Element: ArrayElement>(_ type: Element.Type) -> NDArray {
            let values = elements(as: type)
            var picked: [Element] = []
            picked.reserveCapacity(flags.count)
            for (k, flag) in flags.enumerated() where flag { picked.append(values[k]) }
            return NDArray(contiguous: picked, shape: [picked.count])
        }
        switch dtype {
        case .bool: return pick(Bool.self)
        case .int64: return pick(Int64.self)
        case .float64: return pick(Double.self)
        }
    }

    /// Writes `source` (broadcast, cast) into every element of this array or view. A source of the same dtype in
    /// other memory is copied straight across; otherwise it is read into a temporary first (so overlapping views,
    /// `a[1:] = a[:-1]`, read the old values, as in numpy).
    func assign(_ source: NDArray) throws {
        let stretched = try source.broadcast(to: shape)
        switch (storage, stretched.storage) {
        case (.bool(let target), .bool(let from)) where target !== from: copy(from, stretched, into: target)
        case (.int64(let target), .int64(let from)) where target !== from: copy(from, stretched, into: target)
        case (.float64(let target), .float64(let from)) where target !== from: copy(from, stretched, into: target)
        case (.bool(let buffer), _): write(stretched.elements(as: Bool.self), into: buffer)
        case (.int64(let buffer), _): write(stretched.elements(as: Int64.self), into: buffer)
        case (.float64(let buffer), _): write(stretched.elements(as: Double.self), into: buffer)
        }
    }

    /// Copies `source` (a view of `from`, already of this array's shape) into this array's elements of `target`.
    private func copy<Element>(_ from: ElementBuffer<Element>, _ source: NDArray, into target: ElementBuffer<Element>) {
        from.elements.withUnsafeBufferPointer { input in
            target.elements.withUnsafeMutableBufferPointer { output in
                StridedWalk.forEachRow(
                    shape: shape, operands: [(strides, offset), (source.strides, source.offset)]
                ) { starts, steps, count in
                    var o = starts[0], i = starts[1]
                    for _ in 0..<count {
                        output[o] = input[i]
                        o += steps[0]
                        i += steps[1]
                    }
                }
            }
        }
    }

    private func write<Element>(_ values: [Element], into buffer: ElementBuffer<Element>) {
        var next = 0
        buffer.elements.withUnsafeMutableBufferPointer { target in
            StridedWalk.forEachRow(shape: shape, strides: strides, offset: offset) { start, stride, count in
                var position = start
                for _ in 0..<count {
                    target[position] = values[next]
                    next += 1
                    position += stride
                }
            }
        }
    }

    private func gather(_ selection: AdvancedSelection) -> NDArray {
        func pick<Element: ArrayElement>(_ buffer: ElementBuffer<Element>) -> NDArray {
            let values = buffer.elements
            return NDArray(contiguous: selection.positions.map { values[$0] }, shape: selection.shape)
        }
        switch storage {
        case .bool(let buffer): return pick(buffer)
        case .int64(let buffer): return pick(buffer)
        case .float64(let buffer): return pick(buffer)
        }
    }

    private func scatter(_ source: NDArray, to positions: [Int]) {
        func put<Element: ArrayElement>(_ buffer: ElementBuffer<Element>) {
            let values = source.elements(as: Element.self)
            for (k, position) in positions.enumerated() { buffer.elements[position] = values[k] }
        }
        switch storage {
        case .bool(let buffer): put(buffer)
        case .int64(let buffer): put(buffer)
        case .float64(let buffer): put(buffer)
        }
    }

    /// `len(arr)`: the length of the first axis, or numpy's `TypeError` for a 0-d array.
    public func count() throws -> Int {
        guard let first = shape.first else { throw NumPyError.type("len() of unsized object") }
        return first
    }

    /// `list(arr)` / `for row in arr`: the items along the first axis (scalars for a 1-D array, views otherwise).
    public func items() throws -> [ArrayOrScalar] {
        guard !shape.isEmpty else { throw NumPyError.type("iteration over a 0-d array") }
        return try (0..<shape[0]).map { try get([.integer($0)]) }
    }

    /// `x in arr`: whether any element equals `value`.
    public func contains(_ value: ArrayOrScalar) throws -> Bool {
        let equal = try NumPy.apply(.equal, .array(self), value).asArray
        return equal.elements(as: Bool.self).contains(true)
    }
}
