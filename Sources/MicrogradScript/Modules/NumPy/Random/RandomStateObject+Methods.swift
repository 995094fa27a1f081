import Micrograd

/// `RandomState`'s methods, with numpy 1.26's parameters, defaults and errors. `size=None` (and `rand()` with no
/// dimensions) gives a Python number; a size gives an array of that shape, bounded by the session's element limit
/// before anything is drawn.
extension RandomStateObject {
    typealias Method = @Sendable (RandomStateObject, Arguments, Interpreter) throws -> Object

    static let methods: [String: Method] = [
        "seed": { object, args, rt in
            let bound = try NumPyArguments(args, "seed", ["seed"])
            object.state = try seededState(bound.given("seed") ?? .none, object.unseeded, rt)
            return .none
        },
        "rand": { object, args, rt in
            try args.expect("rand", 0, Int.max)
            let shape = try args.positional.map(NumPyArguments.integer)
            return try object.floats(args.positional.isEmpty ? nil : shape, rt) { state, shape in
                try state.randomSample(shape: shape)
            } one: { $0.randomSample() }
        },
        "randn": { object, args, rt in
            try args.expect("randn", 0, Int.max)
            let shape = try args.positional.map(NumPyArguments.integer)
            return try object.floats(args.positional.isEmpty ? nil : shape, rt) { state, shape in
                try state.standardNormal(shape: shape)
            } one: { $0.standardNormal() }
        },
        "random": { object, args, rt in try object.randomSample(args, "random", rt) },
        "random_sample": { object, args, rt in try object.randomSample(args, "random_sample", rt) },
        "sample": { object, args, rt in try object.randomSample(args, "sample", rt) },
        "ranf": { object, args, rt in try object.randomSample(args, "ranf", rt) },
        "standard_normal": { object, args, rt in
            let bound = try NumPyArguments(args, "standard_normal", ["size"])
            return try object.floats(try size(bound["size"], rt), rt) { state, shape in
                try state.standardNormal(shape: shape)
            } one: { $0.standardNormal() }
        },
        "uniform": { object, args, rt in
            let bound = try NumPyArguments(args, "uniform", ["low", "high", "size"])
            let low = try parameter(bound, "low", 0.0, rt), high = try parameter(bound, "high", 1.0, rt)
            return try object.floats(try size(bound["size"], rt), rt) { state, shape in
                try state.uniform(low: low, high: high, shape: shape)
            } one: { try $0.uniform(low: low, high: high) }
        },
        "normal": { object, args, rt in
            let bound = try NumPyArguments(args, "normal", ["loc", "scale", "size"])
            let loc = try parameter(bound, "loc", 0.0, rt), scale = try parameter(bound, "scale", 1.0, rt)
            return try object.floats(try size(bound["size"], rt), rt) { state, shape in
                try state.normal(loc: loc, scale: scale, shape: shape)
            } one: { try $0.normal(loc: loc, scale: scale) }
        },
        "randint": { object, args, rt in
            let bound = try NumPyArguments(args, "randint", ["low", "high", "size", "dtype"], required: 1)
            if let dtype = try bound.dtype(rt), dtype != .int64 {
                throw PyError.type("randint(): Gradbook's numpy draws int64 integers only, not \(dtype.name)")
            }
            let low = try bounds(bound.given("low") ?? .none, rt)
            let high = try bound["high"].map { try bounds($0, rt) }
            guard let shape = try size(bound["size"], rt) else {
                return .int(try library { try object.state.randint(low, high) })
            }
            try checkLimit(shape, rt)
            let values = try library { try object.state.randint(low, high, shape: shape) }
            return try rt.object(try rt.numpy { try NDArray(values.map(Int64.init), shape: shape) })
        },
        "permutation": { object, args, rt in
            try args.expect("permutation", 1, 1)
            return try object.permutation(args.positional[0], rt)
        },
        "shuffle": { object, args, rt in
            try args.expect("shuffle", 1, 1)
            try object.shuffle(args.positional[0], rt)
            return .none
        },
        "choice": { object, args, rt in
            let bound = try NumPyArguments(args, "choice", ["a", "size", "replace", "p"], required: 1)
            return try object.choice(bound, rt)
        },
    ]

    /// `random_sample(size=None)` and its aliases.
    private func randomSample(_ args: Arguments, _ name: String, _ rt: Interpreter) throws -> Object {
        let bound = try NumPyArguments(args, name, ["size"])
        return try floats(try Self.size(bound["size"], rt), rt) { state, shape in
            try state.randomSample(shape: shape)
        } one: { $0.randomSample() }
    }

    /// A float draw: one Python float without a shape, else an array of the shape.
    func floats(
        _ shape: [Int]?, _ rt: Interpreter,
        many: (inout NumPyRandomState, [Int]) throws -> [Double],
        one: (inout NumPyRandomState) throws -> Double
    ) throws -> Object {
        guard let shape else { return .float(try library { try one(&state) }) }
        try Self.checkLimit(shape, rt)
        let values = try library { try many(&state, shape) }
        return try rt.object(try rt.numpy { try NDArray(values, shape: shape) })
    }

    /// numpy's `size`: `None`, an int, or a sequence of ints.
    static func size(_ object: Object?, _ rt: Interpreter) throws -> [Int]? {
        guard let object else { return nil }
        do {
            return try NumPyArguments.shape(object, rt)
        } catch let error as PyError where error.kind == "TypeError" {
            throw PyError.type("expected a sequence of integers or a single integer, got '\(try rt.repr(object))'")
        }
    }

    /// Refuses a shape beyond the session's element limit before anything is drawn (negative dimensions are left
    /// to numpy's own check, which comes after the parameters').
    static func checkLimit(_ shape: [Int], _ rt: Interpreter) throws {
        guard shape.allSatisfy({ $0 >= 0 }) else { return }
        _ = try rt.numpy { try ElementLimit.checkedCount(shape, dtype: .float64) }
    }

    /// A float parameter (`low`, `scale`, …): a number; strings and `None` get numpy's errors.
    private static func parameter(_ bound: NumPyArguments, _ name: String, _ fallback: Double, _ rt: Interpreter) throws
        -> Double
    {
        guard let given = bound.given(name) else { return fallback }
        if case .string(let text) = given { throw PyError.value("could not convert string to float: '\(text)'") }
        if rt.ndarray(given).map({ $0.size != 1 }) ?? false {
            throw PyError.type("\(name)(): Gradbook's numpy draws with scalar parameters only, not arrays")
        }
        return try NumPyArguments.real(given, rt)
    }

    /// A bound of `randint`: an int, or a float truncated as numpy casts it.
    static func bounds(_ object: Object, _ rt: Interpreter) throws -> Int {
        if case .float(let d) = object { return Int(Int64(truncatingDouble: d)) }
        return try NumPyArguments.integer(object)
    }
}
