/// numpy's functions that make arrays: `array`, `asarray`, `arange`, `linspace`, `zeros`, `ones`, `empty`, `full`,
/// their `_like` forms, `eye`, `identity` and `copy`. `empty` gives zeros: Gradbook has no uninitialised memory.
enum NumPyCreation {
    static func functions(_ rt: Interpreter) -> [(String, Object)] {
        unowned(unsafe) let rt = rt
        func function(_ name: String, _ body: @escaping (Arguments) throws -> Object) -> (String, Object) {
            (name, .builtin(BuiltinFunction("numpy." + name, body)))
        }
        func filled(_ name: String, _ fill: Scalar?) -> (String, Object) {
            function(name) { args in
                let names = fill == nil ? ["shape", "fill_value", "dtype", "order"] : ["shape", "dtype", "order"]
                let bound = try NumPyArguments(args, name, names, required: fill == nil ? 2 : 1)
                let shape = try NumPyArguments.shape(bound.given("shape"), rt)
                let value = try fill ?? scalar(bound.given("fill_value") ?? .none, name, rt)
                let dtype = try bound.dtype(rt) ?? (fill == nil ? nil : .float64)
                return try rt.object(try rt.numpy { try NDArray.full(shape, value, dtype: dtype) })
            }
        }
        func filledLike(_ name: String, _ fill: Scalar?) -> (String, Object) {
            function(name) { args in
                let names = fill == nil ? ["a", "fill_value", "dtype", "order", "subok", "shape"]
                    : ["a", "dtype", "order", "subok", "shape"]
                let bound = try NumPyArguments(args, name, names, required: fill == nil ? 2 : 1)
                let a = try rt.asArray(bound.given("a") ?? .none, for: name)
                let shape = try bound["shape"].map { try NumPyArguments.shape($0, rt) } ?? a.shape
                let value = try fill ?? scalar(bound.given("fill_value") ?? .none, name, rt)
                let dtype = try bound.dtype(rt) ?? a.dtype
                return try rt.object(try rt.numpy { try NDArray.full(shape, value, dtype: dtype) })
            }
        }
        return [
            function("array") { args in
                let bound = try NumPyArguments(
                    args, "array", ["object", "dtype"], required: 1, keywordOnly: ["copy", "order", "subok", "ndmin"])
                var array = try rt.asArray(bound.given("object") ?? .none, dtype: try bound.dtype(rt))
                if let given = rt.ndarray(bound.given("object") ?? .none), given.sharesBuffer(with: array) {
                    array = array.copy()
                }
                let ndmin = try bound.integer("ndmin", 0)
                if array.ndim < ndmin {
                    let shape = [Int](repeating: 1, count: ndmin - array.ndim) + array.shape
                    array = try rt.numpy { try array.reshape(shape) }
                }
                return try rt.object(array)
            },
            function("asarray") { args in
                let bound = try NumPyArguments(args, "asarray", ["a", "dtype", "order"], required: 1)
                let given = bound.given("a") ?? .none
                let array = try rt.asArray(given, dtype: try bound.dtype(rt), for: "asarray")
                if let same = rt.ndarray(given), same.sharesBuffer(with: array), same.shape == array.shape { return given }
                return try rt.object(array)
            },
            function("copy") { args in
                let bound = try NumPyArguments(args, "copy", ["a", "order", "subok"], required: 1)
                return try rt.object(try rt.asArray(bound.given("a") ?? .none, for: "copy").copy())
            },
            function("arange") { args in try arange(args, rt) },
            function("linspace") { args in
                let bound = try NumPyArguments(
                    args, "linspace", ["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], required: 2)
                let start = try NumPyArguments.real(bound.given("start") ?? .none, rt)
                let stop = try NumPyArguments.real(bound.given("stop") ?? .none, rt)
                let num = try bound.integer("num", 50)
                let endpoint = try bound.flag("endpoint", true, rt)
                let dtype = try bound.dtype(rt)
                let (array, step) = try rt.numpy {
                    try NDArray.linspace(start: start, stop: stop, num: num, endpoint: endpoint, dtype: dtype)
                }
                let made = try rt.object(array)
                return try bound.flag("retstep", false, rt) ? .tuple([made, .float(step)]) : made
            },
            filled("zeros", .int64(0)), filled("ones", .int64(1)), filled("empty", .int64(0)), filled("full", nil),
            filledLike("zeros_like", .int64(0)), filledLike("ones_like", .int64(1)),
            filledLike("empty_like", .int64(0)), filledLike("full_like", nil),
            function("eye") { args in
                let bound = try NumPyArguments(args, "eye", ["N", "M", "k", "dtype", "order"], required: 1)
                let n = try bound.integer("N", 0)
                let m = try bound["M"].map(NumPyArguments.integer)
                let k = try bound.integer("k", 0)
                return try rt.object(try rt.numpy { try NDArray.eye(n, m, k: k, dtype: try bound.dtype(rt) ?? .float64) })
            },
            function("identity") { args in
                let bound = try NumPyArguments(args, "identity", ["n", "dtype"], required: 1)
                let n = try bound.integer("n", 0)
                return try rt.object(try rt.numpy { try NDArray.eye(n, dtype: try bound.dtype(rt) ?? .float64) })
            },
        ]
    }

    /// A fill value: a Python number or a one-element array.
    static func scalar(_ object: Object, _ function: String, _ rt: Interpreter) throws -> Scalar {
        switch try rt.arrayOperand(object) {
        case .scalar(let scalar)?: return scalar
        case .array(let array)? where array.size == 1: return array.scalarValues[0]
        default: throw rt.unsupportedElements(object, in: function)
        }
    }

    /// `np.arange([start,] stop[, step], dtype=None)`: one positional argument is the stop.
    private static func arange(_ args: Arguments, _ rt: Interpreter) throws -> Object {
        let bound = try NumPyArguments(args, "arange", ["start", "stop", "step", "dtype"])
        var start = bound["start"], stop = bound["stop"]
        if stop == nil {
            guard let only = start else { throw PyError.type("arange() requires stop to be specified.") }
            (start, stop) = (nil, only)
        }
        let first = try start.map { try scalar($0, "arange", rt) } ?? .int64(0)
        let last = try scalar(stop ?? .none, "arange", rt)
        let step = try bound["step"].map { try scalar($0, "arange", rt) } ?? .int64(1)
        let dtype = try bound.dtype(rt)
        return try rt.object(try rt.numpy { try NDArray.arange(start: first, stop: last, step: step, dtype: dtype) })
    }
}
