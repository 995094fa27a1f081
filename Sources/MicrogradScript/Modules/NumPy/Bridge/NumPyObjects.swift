/// Small conversions that both the ndarray's methods and the numpy module's functions need.
enum NumPyObjects {
    /// `tolist()`'s nested values as Python lists of Python numbers.
    static func object(_ values: NestedValues, _ rt: Interpreter) -> Object {
        switch values {
        case .scalar(let scalar): return rt.object(scalar)
        case .list(let items): return .list(ListObject(items.map { object($0, rt) }))
        case .array(let array): return object(array.tolist(), rt)
        }
    }

    /// Whether `object` is `None`.
    static func isNone(_ object: Object) -> Bool {
        if case .none = object { return true }
        return false
    }

    /// `np.clip(a, a_min, a_max)` / `a.clip(min, max)`: either bound may be `None`, not both.
    static func clip(_ a: ArrayOrScalar, _ low: Object?, _ high: Object?, _ rt: Interpreter) throws -> Object {
        let lower = try low.map { try rt.requiredOperand($0, for: "clip") }
        let upper = try high.map { try rt.requiredOperand($0, for: "clip") }
        return try rt.object(try rt.numpy { try NumPy.clip(a, min: lower, max: upper) })
    }
}
