/// `np.dot`, `np.matmul` and the `@` operator, for vectors and matrices (and stacks of matrices for `matmul`).
extension NumPy {
    /// `np.dot(a, b)`: a scalar operand multiplies; vector·vector is the inner product (a scalar); otherwise the sum
    /// over the last axis of `a` and the second-to-last of `b` (the last for a vector), with numpy's message when
    /// they differ.
    public static func dot(_ lhs: ArrayOrScalar, _ rhs: ArrayOrScalar) throws -> ArrayOrScalar {
        let a = lhs.asArray, b = rhs.asArray
        if a.ndim == 0 || b.ndim == 0 { return try apply(.multiply, lhs, rhs) }
        let aAxis = a.ndim - 1
        let bAxis = b.ndim == 1 ? 0 : b.ndim - 2
        guard a.shape[aAxis] == b.shape[bAxis] else {
            throw NumPyError.value(
                "shapes \(ArrayShape.compactRepr(a.shape)) and \(ArrayShape.compactRepr(b.shape)) not aligned: "
                    + "\(a.shape[aAxis]) (dim \(aAxis)) != \(b.shape[bAxis]) (dim \(bAxis))")
        }
        if a.ndim == 1, b.ndim == 1 { return .unwrapping(try product(a.reshapedView([1, a.size]), b, vector: true)) }
        let k = a.shape[aAxis]
        let rows = try a.reshape([-1, k])
        let otherAxes = (0..<b.ndim).filter { $0 != bAxis }
        let columns = try b.permutedView([bAxis] + otherAxes).reshape([k, -1])
        let resultShape = Array(a.shape.dropLast()) + otherAxes.map { b.shape[$0] }
        let flat = try product(rows, columns, vector: false)
        return .unwrapping(try flat.reshape(resultShape))
    }

    /// `np.matmul(a, b)` / `a @ b`: vectors are promoted to matrices and the added axis removed again; leading axes
    /// broadcast as a stack of matrices. Scalars are refused, as numpy refuses them.
    public static func matmul(_ lhs: ArrayOrScalar, _ rhs: ArrayOrScalar) throws -> ArrayOrScalar {
        let a = lhs.asArray, b = rhs.asArray
        for (position, operand) in [a, b].enumerated() where operand.ndim == 0 {
            throw NumPyError.value(
                "matmul: Input operand \(position) does not have enough dimensions (has 0, gufunc core with "
                    + "signature (n?,k),(k,m?)->(n?,m?) requires 1)")
        }
        let left = a.ndim == 1 ? a.reshapedView([1, a.size]) : a
        let right = b.ndim == 1 ? b.reshapedView([b.size, 1]) : b
        let k = left.shape[left.ndim - 1]
        guard right.shape[right.ndim - 2] == k else {
            throw NumPyError.value(
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                    + "(n?,k),(k,m?)->(n?,m?) (size \(right.shape[right.ndim - 2]) is different from \(k))")
        }
        let batch = try Broadcast.shape([Array(left.shape.dropLast(2)), Array(right.shape.dropLast(2))])
        let m = left.shape[left.ndim - 2], n = right.shape[right.ndim - 1]
        let lefts = try left.broadcast(to: batch + [m, k])
        let rights = try right.broadcast(to: batch + [k, n])
        var blocks: [NDArray] = []
        let count = ArrayShape.count(batch)
        _ = try ElementLimit.checkedCount(batch + [m, n], dtype: a.dtype.promoted(with: b.dtype))
        for flat in 0..<count {
            var rest = flat
            var index: [IndexComponent] = []
            for stride in ArrayShape.contiguousStrides(batch) {
                index.append(.integer(rest / stride))
                rest %= stride
            }
            blocks.append(try product(
                lefts.get(index).asArray, rights.get(index).asArray, vector: a.ndim == 1 && b.ndim == 1))
        }
        var shape = batch
        if a.ndim > 1 { shape.append(m) }
        if b.ndim > 1 { shape.append(n) }
        let joined = count == 1 ? blocks[0] : try NDArray.concatenate(blocks.map { $0.ravel() }, axis: 0)
        return .unwrapping(try joined.reshape(shape))
    }

    /// The product of an `m×k` and a `k×n` matrix (`vector`: both came from vectors, so OpenBLAS's `ddot` order
    /// applies).
    private static func product(_ a: NDArray, _ b: NDArray, vector: Bool) throws -> NDArray {
        let m = a.shape[0], k = a.shape[1], n = b.ndim == 1 ? 1 : b.shape[1]
        let dtype = a.dtype.promoted(with: b.dtype)
        _ = try ElementLimit.checkedCount([m, n], dtype: dtype)
        switch dtype {
        case .float64:
            if vector {
                let value: Double
                if a.isContiguous, b.isContiguous {
                    value = a.withElements(as: Double.self) { x in b.withElements(as: Double.self) { BLASKernels.dot(x, $0) } }
                } else {
                    value = BLASKernels.stridedDot(a.elements(as: Double.self), b.elements(as: Double.self))
                }
                return NDArray(contiguous: [value], shape: [])
            }
            let x = a.elements(as: Double.self), y = b.elements(as: Double.self)
            let values = x.withUnsafeBufferPointer { xs in
                y.withUnsafeBufferPointer { ys in
                    (0..<(m * n)).map { BLASKernels.fusedSum(xs, ($0 / n) * k, 1, ys, $0 % n, n, count: k) }
                }
            }
            return NDArray(contiguous: values, shape: vector ? [] : [m, n])
        case .int64:
            let x = a.elements(as: Int64.self), y = b.elements(as: Int64.self)
            let values = (0..<(m * n)).map { element -> Int64 in
                let (row, column) = (element / n, element % n)
                return (0..<k).reduce(Int64(0)) { $0 &+ x[row * k + $1] &* y[$1 * n + column] }
            }
            return NDArray(contiguous: values, shape: vector ? [] : [m, n])
        case .bool:
            let x = a.elements(as: Bool.self), y = b.elements(as: Bool.self)
            let values = (0..<(m * n)).map { element -> Bool in
                let (row, column) = (element / n, element % n)
                return (0..<k).contains { x[row * k + $0] && y[$0 * n + column] }
            }
            return NDArray(contiguous: values, shape: vector ? [] : [m, n])
        }
    }
}
