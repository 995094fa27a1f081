/// The elements an advanced index picks: the result's shape and, in C order of the result, the buffer position of
/// each element. Getting gathers from these positions into a new array; setting scatters to them (a repeated index is
/// written more than once, the last write winning, as in numpy).
struct AdvancedSelection {
    /// The shape of the result.
    let shape: [Int]
    /// The buffer position of each result element, in C order.
    let positions: [Int]

    /// The selection from `view` (an array whose advanced axes are still whole) by the integer arrays `axes`, each
    /// with the view axis it indexes and the original axis (for error messages).
    init(view: NDArray, axes: [(viewAxis: Int, axis: Int, indices: NDArray)], adjacent: Bool) throws {
        let indexShape = try Self.broadcastIndexShapes(axes.map(\.indices.shape))
        let indexCount = ArrayShape.count(indexShape)
        var advancedOffsets = [Int](repeating: 0, count: indexCount)
        for (viewAxis, axis, indices) in axes {
            let size = view.shape[viewAxis]
            let values = try indices.broadcast(to: indexShape).elements(as: Int64.self)
            for (k, value) in values.enumerated() {
                let i = try ResolvedIndex.wrap(Int(value), axis: axis, size: size)
                advancedOffsets[k] += i * view.strides[viewAxis]
            }
        }
        let advancedAxes = Set(axes.map(\.viewAxis))
        let basicAxes = view.shape.indices.filter { !advancedAxes.contains($0) }
        let first = axes.map(\.viewAxis).min() ?? 0
        var dimensions: [(size: Int, stride: Int, isIndex: Bool)] = []
        let indexStrides = ArrayShape.contiguousStrides(indexShape)
        let indexDimensions = indexShape.indices.map { (indexShape[$0], indexStrides[$0], true) }
        if adjacent {
            dimensions += basicAxes.filter { $0 < first }.map { (view.shape[$0], view.strides[$0], false) }
            dimensions += indexDimensions
            dimensions += basicAxes.filter { $0 > first }.map { (view.shape[$0], view.strides[$0], false) }
        } else {
            dimensions = indexDimensions + basicAxes.map { (view.shape[$0], view.strides[$0], false) }
        }
        shape = dimensions.map(\.size)
        let count = try ElementLimit.checkedCount(shape, dtype: view.dtype)
        var positions = [Int]()
        positions.reserveCapacity(count)
        if count > 0 {
            var counters = [Int](repeating: 0, count: dimensions.count)
            var basicOffset = 0
            var indexPosition = 0
            while true {
                positions.append(view.offset + basicOffset + advancedOffsets[indexPosition])
                var d = dimensions.count - 1
                while d >= 0 {
                    let dimension = dimensions[d]
                    counters[d] += 1
                    if dimension.isIndex { indexPosition += dimension.stride } else { basicOffset += dimension.stride }
                    if counters[d] < dimension.size { break }
                    if dimension.isIndex {
                        indexPosition -= dimension.stride * dimension.size
                    } else {
                        basicOffset -= dimension.stride * dimension.size
                    }
                    counters[d] = 0
                    d -= 1
                }
                if d < 0 { break }
            }
        }
        self.positions = positions
    }

    /// The common shape of the index arrays, or numpy's `IndexError`.
    private static func broadcastIndexShapes(_ shapes: [[Int]]) throws -> [Int] {
        do {
            return try Broadcast.shape(shapes)
        } catch {
            throw NumPyError.index(
                "shape mismatch: indexing arrays could not be broadcast together with shapes "
                    + shapes.map(ArrayShape.compactRepr).joined(separator: " ") + " ")
        }
    }
}
