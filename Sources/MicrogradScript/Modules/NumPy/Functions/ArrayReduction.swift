/// numpy's reductions, one spelling for both forms: the method (`X.sum(axis=0)`) and the function (`np.sum(X, 0)`,
/// whose first parameter is the array). Each takes numpy's parameters in numpy's order; `out=` is refused.
enum ArrayReduction: String, CaseIterable {
    case sum, prod, mean, min, max, argmax, argmin, std, `var`, any, all, cumsum

    /// The method's parameters after `self`, in numpy's order.
    var parameters: [String] {
        switch self {
        case .sum, .prod, .mean: ["axis", "dtype", "out", "keepdims"]
        case .min, .max, .any, .all: ["axis", "out", "keepdims"]
        case .argmax, .argmin: ["axis", "out"]
        case .std, .var: ["axis", "dtype", "out", "ddof", "keepdims"]
        case .cumsum: ["axis", "dtype", "out"]
        }
    }

    /// Parameters that only a keyword can give.
    var keywordOnly: [String] {
        switch self {
        case .argmax, .argmin: ["keepdims"]
        default: []
        }
    }

    /// The reduction of `array` with the bound arguments, as numpy computes it (a scalar for a full reduction).
    func run(_ array: NDArray, _ bound: NumPyArguments, _ rt: Interpreter) throws -> Object {
        if bound["out"] != nil { throw PyError.type("\(rawValue)(): Gradbook's numpy does not take out=") }
        let keepdims = try bound.flag("keepdims", false, rt)
        let source = try bound.dtype(rt).map { array.astype($0) } ?? array
        try rt.chargeMade(array.size)
        if self == .argmax || self == .argmin || self == .cumsum {
            let axis = try bound["axis"].map(NumPyArguments.integer)
            return try rt.object(try rt.numpy { () throws -> ArrayOrScalar in
                switch self {
                case .argmax: return try source.argmax(axis: axis, keepdims: keepdims)
                case .argmin: return try source.argmin(axis: axis, keepdims: keepdims)
                default: return .array(try source.cumsum(axis: axis))
                }
            })
        }
        let axes = try NumPyArguments.axes(bound["axis"], rt)
        let ddof = try bound.integer("ddof", 0)
        return try rt.object(try rt.numpy { () throws -> ArrayOrScalar in
            switch self {
            case .sum: return try source.sum(axis: axes, keepdims: keepdims)
            case .prod: return try source.prod(axis: axes, keepdims: keepdims)
            case .mean: return try source.mean(axis: axes, keepdims: keepdims)
            case .min: return try source.min(axis: axes, keepdims: keepdims)
            case .max: return try source.max(axis: axes, keepdims: keepdims)
            case .std: return try source.std(axis: axes, ddof: ddof, keepdims: keepdims)
            case .var: return try source.variance(axis: axes, ddof: ddof, keepdims: keepdims)
            case .any: return try source.any(axis: axes, keepdims: keepdims)
            case .all: return try source.all(axis: axes, keepdims: keepdims)
            case .argmax, .argmin, .cumsum: return .array(source)
            }
        })
    }

    /// The method `array.<name>(…)` as a built-in bound to `array`.
    func method(of array: NDArray, _ rt: Interpreter) -> Object {
        unowned(unsafe) let rt = rt
        return .builtin(BuiltinFunction(rawValue) { args in
            try run(array, try NumPyArguments(args, rawValue, parameters, keywordOnly: keywordOnly), rt)
        })
    }

    /// The function `np.<name>(a, …)`: `a` may be any array-like.
    func function(named name: String, _ rt: Interpreter) -> Object {
        unowned(unsafe) let rt = rt
        return .builtin(BuiltinFunction("numpy." + name) { args in
            let bound = try NumPyArguments(args, name, ["a"] + parameters, required: 1, keywordOnly: keywordOnly)
            return try run(try rt.asArray(bound.given("a") ?? .none, for: name), bound, rt)
        })
    }
}
