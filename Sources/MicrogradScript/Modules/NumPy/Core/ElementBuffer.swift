/// The memory an array and all its views share. A basic slice (`X[0]`, `X[:, 0]`, `X.T`) is a new `NDArray` over
/// the same buffer, so writing through it changes the original, as in numpy.
final class ElementBuffer<Element> {
    /// The elements, in whatever order the arrays over this buffer address them.
    var elements: [Element]

    /// A buffer owning `elements`.
    init(_ elements: [Element]) { self.elements = elements }
}

/// One buffer of one of the three element types.
enum ArrayStorage {
    case bool(ElementBuffer<Bool>)
    case int64(ElementBuffer<Int64>)
    case float64(ElementBuffer<Double>)

    /// The dtype of the elements.
    var dtype: DType {
        switch self {
        case .bool: .bool
        case .int64: .int64
        case .float64: .float64
        }
    }

    /// Whether two storages are the same memory (an array and its view).
    func isSameBuffer(as other: ArrayStorage) -> Bool {
        switch (self, other) {
        case (.bool(let a), .bool(let b)): a === b
        case (.int64(let a), .int64(let b)): a === b
        case (.float64(let a), .float64(let b)): a === b
        default: false
        }
    }
}
