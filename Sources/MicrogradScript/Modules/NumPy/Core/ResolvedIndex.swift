/// An index expression checked against an array: the basic part applied as a view, and the advanced part (integer
/// arrays and masks) as a list of buffer positions to gather from or scatter to.
///
/// numpy's rules: an ellipsis (at most one) stands for the full slices the other components leave; a boolean mask
/// counts as one integer array per axis it covers (its `nonzero()`); once any array is present, plain integers join
/// the arrays as 0-d index arrays, all index arrays broadcast together, and their dimensions replace the indexed
/// axes where those are adjacent, or go first where they are not.
struct ResolvedIndex {
    /// The array after integers, slices and new axes, with the advanced axes still whole.
    let view: NDArray
    /// Whether numpy returns a scalar: only integers, as many as the array has axes.
    let isScalar: Bool
    /// The advanced selection, if the index has arrays.
    let selection: AdvancedSelection?

    private enum Item {
        case integer(Int)
        case slice(start: Int?, stop: Int?, step: Int?)
        case newAxis
        case indices(NDArray)
    }

    init(_ components: [IndexComponent], of array: NDArray) throws {
        var items: [Item] = []
        var consumed = 0
        var ellipsisPosition: Int?
        var onlyIntegers = true
        for component in components {
            switch component {
            case .integer(let i): items.append(.integer(i)); consumed += 1
            case .slice(let start, let stop, let step):
                items.append(.slice(start: start, stop: stop, step: step)); consumed += 1; onlyIntegers = false
            case .newAxis: items.append(.newAxis); onlyIntegers = false
            case .ellipsis:
                if ellipsisPosition != nil { throw NumPyError.index("an index can only have a single ellipsis ('...')") }
                ellipsisPosition = items.count
                onlyIntegers = false
            case .array(let indices):
                onlyIntegers = false
                switch indices.dtype {
                case .float64:
                    throw NumPyError.index("arrays used as indices must be of integer (or boolean) type")
                case .int64: items.append(.indices(indices)); consumed += 1
                case .bool:
                    guard indices.ndim > 0 else {
                        throw NumPyError.index("0-dimensional boolean indices are not supported")
                    }
                    let axis = consumed
                    consumed += indices.ndim
                    guard consumed <= array.ndim else { break }
                    items += try Self.maskIndices(indices, of: array, from: axis).map { .indices($0) }
                }
            }
        }
        guard consumed <= array.ndim else {
            throw NumPyError.index(
                "too many indices for array: array is \(array.ndim)-dimensional, but \(consumed) were indexed")
        }
        let fill = [Item](repeating: .slice(start: nil, stop: nil, step: nil), count: array.ndim - consumed)
        items.insert(contentsOf: fill, at: ellipsisPosition ?? items.count)
        let hasArrays = items.contains { if case .indices = $0 { true } else { false } }

        var shape: [Int] = []
        var strides: [Int] = []
        var offset = array.offset
        var axis = 0
        var advanced: [(viewAxis: Int, axis: Int, indices: NDArray, position: Int)] = []
        for (position, item) in items.enumerated() {
            switch item {
            case .integer(let i) where !hasArrays:
                offset += try Self.wrap(i, axis: axis, size: array.shape[axis]) * array.strides[axis]
                axis += 1
            case .integer(let i):
                advanced.append((shape.count, axis, NDArray(scalar: .int64(Int64(i))), position))
                shape.append(array.shape[axis]); strides.append(array.strides[axis]); axis += 1
            case .slice(let start, let stop, let step):
                let slice = try ResolvedSlice(start: start, stop: stop, step: step, length: array.shape[axis])
                if slice.count > 0 { offset += slice.start * array.strides[axis] }
                shape.append(slice.count); strides.append(array.strides[axis] * slice.step); axis += 1
            case .newAxis:
                shape.append(1); strides.append(0)
            case .indices(let indices):
                advanced.append((shape.count, axis, indices, position))
                shape.append(array.shape[axis]); strides.append(array.strides[axis]); axis += 1
            }
        }
        view = NDArray(storage: array.storage, shape: shape, strides: strides, offset: offset)
        isScalar = onlyIntegers && consumed == array.ndim
        if advanced.isEmpty {
            selection = nil
        } else {
            let positions = advanced.map(\.position)
            let adjacent = zip(positions, positions.dropFirst()).allSatisfy { $1 == $0 + 1 }
            selection = try AdvancedSelection(
                view: view, axes: advanced.map { ($0.viewAxis, $0.axis, $0.indices) }, adjacent: adjacent)
        }
    }

    /// `i` made non-negative, or numpy's `IndexError`.
    static func wrap(_ i: Int, axis: Int, size: Int) throws -> Int {
        guard i >= -size, i < size else { throw NumPyError.outOfBounds(i, axis: axis, size: size) }
        return i < 0 ? i + size : i
    }

    /// The integer arrays a boolean mask stands for (`mask.nonzero()`), after checking its shape against the axes it
    /// covers.
    private static func maskIndices(_ mask: NDArray, of array: NDArray, from axis: Int) throws -> [NDArray] {
        for j in 0..<mask.ndim where mask.shape[j] != array.shape[axis + j] {
            throw NumPyError.index(
                "boolean index did not match indexed array along dimension \(axis + j); dimension is "
                    + "\(array.shape[axis + j]) but corresponding boolean dimension is \(mask.shape[j])")
        }
        return NDArray.nonzero(mask)
    }
}
