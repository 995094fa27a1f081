import Micrograd

/// `permutation`, `shuffle` and `choice`: draws that reorder or pick elements of an array, a list or `arange(n)`.
extension RandomStateObject {
    /// `permutation(x)`: `arange(x)` shuffled for an int, else a shuffled copy of the array (rows of a 2-D array).
    func permutation(_ x: Object, _ rt: Interpreter) throws -> Object {
        if x.isIntLike, let n = x.asInt {
            try RandomStateObject.checkLimit([max(n, 0)], rt)
            let order = state.permutation(n)
            return try rt.object(try rt.numpy { try NDArray(order.map(Int64.init), shape: [order.count]) })
        }
        let array: NDArray
        switch x {
        case .list, .tuple, .range, .native: array = try rt.asArray(x, for: "permutation")
        default: throw PyError.index("x must be an integer or at least 1-dimensional")
        }
        guard array.ndim > 0 else { throw PyError.index("x must be an integer or at least 1-dimensional") }
        return try rt.object(try reordered(array) { values, rows in
            array.ndim == 1 ? state.permutation(values) : state.permutation(rows: values, rowCount: rows)
        })
    }

    /// `shuffle(x)`: a list's items, or an array's elements (rows of a 2-D array) in its own memory.
    func shuffle(_ x: Object, _ rt: Interpreter) throws {
        switch x {
        case .list(let list):
            try rt.chargeMade(list.items.count)
            state.shuffle(&list.items)
        case .native where rt.ndarray(x) != nil:
            guard let array = rt.ndarray(x), array.ndim > 0 else {
                throw PyError.type("object of type 'numpy.ndarray' has no len()")
            }
            let shuffled = try reordered(array) { values, rows in
                var copy = values
                if array.ndim == 1 { state.shuffle(&copy) } else { state.shuffle(rows: &copy, rowCount: rows) }
                return copy
            }
            try rt.numpy { try array.set([.ellipsis], .array(shuffled)) }
        case .tuple, .string, .range, .dict, .set:
            throw PyError.type("'\(rt.typeName(x))' object does not support item assignment")
        default:
            throw PyError.type("object of type '\(rt.typeName(x))' has no len()")
        }
    }

    /// The array's elements (in C order, typed by its dtype) put through `reorder`, as a new array of its shape.
    private func reordered(_ array: NDArray, _ reorder: ([Scalar], Int) -> [Scalar]) throws -> NDArray {
        let values = reorder(array.scalarValues, array.shape.first ?? 0)
        switch array.dtype {
        case .float64: return try NDArray(values.map(\.doubleValue), shape: array.shape)
        case .int64: return try NDArray(values.map { Int64(numpyCast: $0) }, shape: array.shape)
        case .bool: return try NDArray(values.map { Bool(numpyCast: $0) }, shape: array.shape)
        }
    }

    /// `choice(a, size=None, replace=True, p=None)`.
    func choice(_ bound: NumPyArguments, _ rt: Interpreter) throws -> Object {
        let a = bound.given("a") ?? .none
        let population: ChoicePopulation
        var source: NDArray?
        if a.isIntLike, let n = a.asInt {
            population = .range(n)
        } else {
            switch a {
            case .list, .tuple, .range, .native: break
            default: throw PyError.value("a must be 1-dimensional or an integer")
            }
            guard let array = try? rt.asArray(a, for: "choice") else { return try choice(amongObjects: a, bound, rt) }
            guard array.ndim == 1 else {
                throw PyError.value(array.ndim == 0 ? "a must be 1-dimensional or an integer" : "a must be 1-dimensional")
            }
            population = .elements(count: array.size)
            source = array
        }
        let shape = try RandomStateObject.size(bound["size"], rt)
        if let shape { try RandomStateObject.checkLimit(shape, rt) }
        let replace = try bound.flag("replace", true, rt)
        let p = try bound["p"].map { try rt.asArray($0, dtype: .float64, for: "choice").doubleValues }
        let chosen = try library { try state.choice(population, shape: shape, replace: replace, p: p) }
        guard let shape else {
            guard let first = chosen.first else { return .none }
            return try source.map { source in try rt.object(try rt.numpy { try source.get([.integer(first)]) }) }
                ?? .int(first)
        }
        let indices = try rt.numpy { try NDArray(chosen.map(Int64.init), shape: shape) }
        guard let source else { return try rt.object(indices) }
        return try rt.object(try rt.numpy { try source.get([.array(indices)]) })
    }

    /// `choice(seq)` of a list or tuple of things that are not numbers (`np.random.choice(['a', 'b'])`): one
    /// element, drawn as numpy draws its index. With a `size`, numpy would make a string or object array, which
    /// Gradbook's arrays cannot hold.
    private func choice(amongObjects a: Object, _ bound: NumPyArguments, _ rt: Interpreter) throws -> Object {
        let items = try rt.elements(of: a)
        guard bound["size"] == nil else {
            throw rt.unsupportedElements(items.first { !$0.isNumber && rt.ndarray($0) == nil } ?? a, in: "choice")
        }
        let replace = try bound.flag("replace", true, rt)
        let p = try bound["p"].map { try rt.asArray($0, dtype: .float64, for: "choice").doubleValues }
        let chosen = try library { try state.choice(.elements(count: items.count), shape: nil, replace: replace, p: p) }
        guard let index = chosen.first, items.indices.contains(index) else { return .none }
        return items[index]
    }
}
