/// Changing how the same elements are laid out: `reshape`, `ravel`, `flatten`, `transpose`.
extension NDArray {
    /// `arr.reshape(shape)`: one dimension may be negative (unknown, inferred). A view when the layout allows it
    /// (always for a contiguous array), otherwise a copy, as numpy decides.
    public func reshape(_ newShape: [Int]) throws -> NDArray {
        let shape = try resolvedShape(newShape)
        if let viewStrides = stridesForView(as: shape) {
            return NDArray(storage: storage, shape: shape, strides: viewStrides, offset: offset)
        }
        return try copy().reshape(shape)
    }

    /// `arr.ravel()`: the elements in C order, a view when contiguous, else a copy.
    public func ravel() -> NDArray {
        let flat = isContiguous ? self : copy()
        return NDArray(storage: flat.storage, shape: [size], strides: [1], offset: flat.offset)
    }

    /// `arr.flatten()`: always a copy, in C order.
    public func flatten() -> NDArray {
        let flat = copy()
        return NDArray(storage: flat.storage, shape: [size], strides: [1], offset: 0)
    }

    /// `arr.transpose(axes)`: a view with the axes permuted (reversed when `axes` is nil).
    public func transpose(_ axes: [Int]? = nil) throws -> NDArray {
        guard let axes else { return T }
        guard axes.count == ndim else { throw NumPyError.value("axes don't match array") }
        let normalized = try axes.map { try ArrayShape.normalize(axis: $0, ndim: ndim) }
        guard Set(normalized).count == ndim else { throw NumPyError.value("repeated axis in transpose") }
        return NDArray(
            storage: storage, shape: normalized.map { shape[$0] }, strides: normalized.map { strides[$0] },
            offset: offset)
    }

    /// `newShape` with its unknown dimension filled in, or numpy's errors.
    private func resolvedShape(_ newShape: [Int]) throws -> [Int] {
        let unknown = newShape.indices.filter { newShape[$0] < 0 }
        guard unknown.count <= 1 else { throw NumPyError.value("can only specify one unknown dimension") }
        var known = 1
        for dimension in newShape where dimension >= 0 {
            let (product, overflow) = known.multipliedReportingOverflow(by: dimension)
            if overflow {
                throw NumPyError.value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
            }
            known = product
        }
        var shape = newShape
        if let position = unknown.first {
            if known > 0, size % known == 0 {
                shape[position] = size / known
                return shape
            }
        } else if known == size {
            return shape
        }
        let spelled = newShape.map { $0 < 0 ? "newaxis" : String($0) }
        let shapeText = spelled.count == 1 ? "(\(spelled[0]),)" : "(" + spelled.joined(separator: ",") + ")"
        throw NumPyError.value("cannot reshape array of size \(size) into shape \(shapeText)")
    }

    /// The strides that let the current memory be read as `newShape` in C order, or nil when a copy is needed
    /// (numpy's "attempt no-copy reshape": groups of old axes that multiply to groups of new axes must each be
    /// contiguous among themselves).
    private func stridesForView(as newShape: [Int]) -> [Int]? {
        if isContiguous { return ArrayShape.contiguousStrides(newShape) }
        if size == 0 { return nil }
        let oldAxes = shape.indices.filter { shape[$0] != 1 }
        let oldShape = oldAxes.map { shape[$0] }
        let oldStrides = oldAxes.map { strides[$0] }
        var newStrides = [Int](repeating: 0, count: newShape.count)
        var oi = 0, oj = 1, ni = 0, nj = 1
        while ni < newShape.count, oi < oldShape.count {
            var newProduct = newShape[ni]
            var oldProduct = oldShape[oi]
            while newProduct != oldProduct {
                if newProduct < oldProduct {
                    guard nj < newShape.count else { return nil }
                    newProduct *= newShape[nj]; nj += 1
                } else {
                    guard oj < oldShape.count else { return nil }
                    oldProduct *= oldShape[oj]; oj += 1
                }
            }
            for k in oi..<(oj - 1) where oldStrides[k] != oldShape[k + 1] * oldStrides[k + 1] { return nil }
            newStrides[nj - 1] = oldStrides[oj - 1]
            var k = nj - 1
            while k > ni {
                newStrides[k - 1] = newStrides[k] * newShape[k]
                k -= 1
            }
            ni = nj; nj += 1
            oi = oj; oj += 1
        }
        let lastStride = ni >= 1 ? newStrides[ni - 1] : 1
        for k in ni..<newShape.count { newStrides[k] = lastStride }
        return newStrides
    }
}
