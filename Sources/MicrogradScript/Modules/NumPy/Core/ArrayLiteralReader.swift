/// `np.array(object, dtype)`: finds the shape of nested lists and the dtype numpy infers (any float makes float64,
/// else any int makes int64, else bool; an empty list is float64), and refuses ragged input with numpy's message.
enum ArrayLiteralReader {
    /// numpy's limit on dimensions.
    static let maximumDimensions = 32

    /// The array `input` describes, cast to `dtype` if given.
    static func read(_ input: NestedValues, dtype: DType?) throws -> NDArray {
        if case .array(let array) = input { return dtype.map(array.astype) ?? array.copy() }
        var shape: [Int] = []
        var level: [NestedValues] = [input]
        while true {
            let lengths = level.map(length)
            guard let first = lengths.first else { break }
            if lengths.allSatisfy({ $0 == nil }) { break }
            guard lengths.allSatisfy({ $0 == first }), let length = first else {
                throw NumPyError.value(
                    "setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                        + "\(shape.count) dimensions. The detected shape was \(ArrayShape.repr(shape)) + inhomogeneous part.")
            }
            shape.append(length)
            guard shape.count <= maximumDimensions else {
                throw NumPyError.value(
                    "maximum supported dimension for an ndarray is \(maximumDimensions), found \(shape.count)")
            }
            level = level.flatMap(children)
            if level.isEmpty { break }
        }
        let leaves = level.compactMap { item -> Scalar? in
            switch item {
            case .scalar(let scalar): return scalar
            case .array(let array): return array.firstScalar
            case .list: return nil
            }
        }
        let inferred = leaves.map(\.dtype).max() ?? .float64
        let target = dtype ?? inferred
        _ = try ElementLimit.checkedCount(shape, dtype: target)
        switch target {
        case .bool: return NDArray(contiguous: leaves.map { Bool(numpyCast: $0) }, shape: shape)
        case .int64: return NDArray(contiguous: leaves.map { Int64(numpyCast: $0) }, shape: shape)
        case .float64: return NDArray(contiguous: leaves.map { Double(numpyCast: $0) }, shape: shape)
        }
    }

    /// The length of a list or of an array's first axis; `nil` for a scalar (or a 0-d array).
    private static func length(_ item: NestedValues) -> Int? {
        switch item {
        case .scalar: nil
        case .list(let items): items.count
        case .array(let array): array.shape.first
        }
    }

    /// The items one level down: a list's items, an array's rows (or scalars).
    private static func children(_ item: NestedValues) -> [NestedValues] {
        switch item {
        case .scalar: return [item]
        case .list(let items): return items
        case .array(let array):
            guard let rows = try? array.items() else { return array.firstScalar.map { [.scalar($0)] } ?? [] }
            return rows.map { row in
                switch row {
                case .array(let array): .array(array)
                case .scalar(let scalar): .scalar(scalar)
                }
            }
        }
    }
}

extension NDArray {
    /// `np.array(object, dtype)` (always a copy, as numpy's default `copy=True`).
    public static func array(_ input: NestedValues, dtype: DType? = nil) throws -> NDArray {
        try ArrayLiteralReader.read(input, dtype: dtype)
    }
}
