/// numpy's broadcasting: shapes align at their last axes, and an axis of length 1 stretches to match the other.
enum Broadcast {
    /// The common shape of `shapes`, or numpy's `ValueError` naming all of them
    /// (`operands could not be broadcast together with shapes (3,) (4,) `).
    static func shape(_ shapes: [[Int]]) throws -> [Int] {
        let ndim = shapes.map(\.count).max() ?? 0
        var result = [Int](repeating: 1, count: ndim)
        for shape in shapes {
            let lead = ndim - shape.count
            for (axis, length) in shape.enumerated() {
                let current = result[lead + axis]
                if current == length || length == 1 { continue }
                if current == 1 {
                    result[lead + axis] = length
                } else {
                    throw NumPyError.value(
                        "operands could not be broadcast together with shapes "
                            + shapes.map(ArrayShape.compactRepr).joined(separator: " ") + " ")
                }
            }
        }
        return result
    }

    /// The strides that read an array of `shape` and `strides` as if it had the broadcast shape `target` (0 along
    /// stretched and new axes). `shape` must broadcast to `target`.
    static func strides(shape: [Int], strides: [Int], to target: [Int]) -> [Int] {
        let lead = target.count - shape.count
        return target.indices.map { axis in
            guard axis >= lead else { return 0 }
            return shape[axis - lead] == target[axis] ? strides[axis - lead] : 0
        }
    }
}

extension NDArray {
    /// A read-only view of the array stretched to `target` (which the caller has checked it broadcasts to, or numpy's
    /// message for assignment, `could not broadcast input array from shape (4,) into shape (3,)`).
    func broadcast(to target: [Int]) throws -> NDArray {
        if shape == target { return self }
        var squeezed = shape
        while squeezed.count > target.count, squeezed.first == 1 { squeezed.removeFirst() }
        let lead = target.count - squeezed.count
        let fits = lead >= 0 && squeezed.indices.allSatisfy { squeezed[$0] == 1 || squeezed[$0] == target[lead + $0] }
        guard fits else {
            throw NumPyError.value(
                "could not broadcast input array from shape \(ArrayShape.repr(shape)) into shape \(ArrayShape.repr(target))")
        }
        let keptStrides = Array(strides.suffix(squeezed.count))
        return NDArray(
            storage: storage, shape: target,
            strides: Broadcast.strides(shape: squeezed, strides: keptStrides, to: target), offset: offset)
    }

    /// For each axis, the indices of the true elements of a mask (`mask.nonzero()`), as int64 arrays.
    static func nonzero(_ mask: NDArray) -> [NDArray] {
        let flags = mask.elements(as: Bool.self)
        let strides = ArrayShape.contiguousStrides(mask.shape)
        var indices = [[Int64]](repeating: [], count: Swift.max(mask.ndim, 1))
        for (flat, flag) in flags.enumerated() where flag {
            var rest = flat
            for axis in 0..<mask.ndim {
                indices[axis].append(Int64(rest / strides[axis]))
                rest %= strides[axis]
            }
        }
        return indices.prefix(mask.ndim).map { NDArray(contiguous: $0, shape: [$0.count]) }
    }
}
