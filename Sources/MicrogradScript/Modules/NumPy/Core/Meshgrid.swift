/// `np.meshgrid(x, y, ...)`: coordinate matrices from coordinate vectors.
extension NDArray {
    /// How `meshgrid` orders the first two axes: `xy` (Cartesian, numpy's default: the result has shape
    /// `(len(y), len(x))`) or `ij` (matrix).
    public enum MeshIndexing: Sendable {
        case xy
        case ij
    }

    /// `np.meshgrid(*xs, indexing=...)` with numpy's default `copy=True`: each input is flattened, and output `k`
    /// repeats input `k` along its own axis. Each output keeps its input's dtype.
    public static func meshgrid(_ xs: [NDArray], indexing: MeshIndexing = .xy) throws -> [NDArray] {
        let vectors = xs.map { $0.ravel() }
        var shape = vectors.map(\.size)
        var axisOf = Array(vectors.indices)
        if indexing == .xy, vectors.count >= 2 {
            shape.swapAt(0, 1)
            axisOf.swapAt(0, 1)
        }
        for vector in vectors { _ = try ElementLimit.checkedCount(shape, dtype: vector.dtype) }
        return vectors.indices.map { k in
            var strides = [Int](repeating: 0, count: shape.count)
            strides[axisOf[k]] = vectors[k].strides.first ?? 0
            let stretched = NDArray(
                storage: vectors[k].storage, shape: shape, strides: strides, offset: vectors[k].offset)
            return stretched.copy()
        }
    }
}
