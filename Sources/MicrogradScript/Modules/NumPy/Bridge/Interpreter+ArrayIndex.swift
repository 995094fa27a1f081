/// Reading a subscript as numpy reads it: `X[1:, 0]` arrives as a tuple of a slice and an int, `X[mask]` as an
/// array, `X[[2, 0]]` as a list (an integer array), `X[None]` as `None`.
extension Interpreter {
    /// The components of an index expression.
    func indexComponents(_ key: Object) throws -> [IndexComponent] {
        if case .tuple(let tuple) = key { return try tuple.items.map(indexComponent) }
        return [try indexComponent(key)]
    }

    private func indexComponent(_ key: Object) throws -> IndexComponent {
        switch key {
        case .int(let i): return .integer(i)
        case .bool(let b): return .array(NDArray(scalar: .bool(b)))
        case .none: return .newAxis
        case .ellipsis: return .ellipsis
        case .native(let native):
            if let slice = native as? SliceObject {
                let (start, stop, step) = (try sliceBound(slice.start), try sliceBound(slice.stop), try sliceBound(slice.step))
                return .slice(start: start, stop: stop, step: step)
            }
            if let array = native as? ArrayObject { return .array(array.array) }
        case .list(let list):
            // numpy turns a list into an array first; an empty one is an (empty) integer index.
            if list.items.isEmpty { return .array(try numpy { try NDArray([Int64](), shape: [0]) }) }
            return .array(try asArray(key))
        default: break
        }
        throw PyError.index(
            "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are "
                + "valid indices")
    }

    private func sliceBound(_ bound: Object) throws -> Int? {
        if case .none = bound { return nil }
        guard bound.isIntLike, let i = bound.asInt else {
            throw PyError.type("slice indices must be integers or None or have an __index__ method")
        }
        return i
    }
}
