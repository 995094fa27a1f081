import Micrograd

/// The arguments of scikit-learn's sample generators, read from the cell's objects with scikit-learn's checks of
/// their Python types (`validate_params`): a value of the wrong type is `InvalidParameterError` naming the
/// constraint; values of the right type go to `ScikitLearnDatasets`, which checks their ranges in the same order.
struct DatasetArguments {
    unowned(unsafe) let rt: Interpreter
    /// The generator's name, for messages.
    let function: String
    /// The arguments, bound to the generator's parameters.
    let bound: NumPyArguments
    /// scikit-learn's `InvalidParameterError` class.
    let invalidParameter: TypeObject

    /// Binds `args` as scikit-learn's signature does (`positional` parameters, then keyword-only ones).
    init(
        _ args: Arguments, _ function: String, positional: [String], keywordOnly: [String], _ rt: Interpreter,
        invalidParameter: TypeObject
    ) throws {
        guard args.positional.count <= positional.count else { throw PyError.type("too many positional arguments") }
        for keyword in args.keywords where !positional.contains(keyword.name) && !keywordOnly.contains(keyword.name) {
            throw PyError.type("got an unexpected keyword argument '\(keyword.name)'")
        }
        self.rt = rt
        self.function = function
        self.invalidParameter = invalidParameter
        bound = try NumPyArguments(args, function, positional, keywordOnly: keywordOnly)
    }

    /// The parameter error for `name` with the argument as given.
    func invalid(_ name: String, _ value: Object) throws -> PyError {
        let error = ScikitLearnDatasets.invalidParameter(name, of: function, got: try rt.repr(value))
        return rt.raising(invalidParameter, error.message)
    }

    /// Runs a generator, turning its error into the exception scikit-learn raises.
    func run<Result>(_ body: () throws(LibraryError) -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            if error.kind == .invalidParameterError { throw rt.raising(invalidParameter, error.message) }
            throw PyError(error.kind.rawValue, error.message)
        }
    }

    /// An `Integral` parameter of at least `minimum` (bools are integers to scikit-learn).
    func integer(_ name: String, _ fallback: Int, minimum: Int) throws -> Int {
        guard let value = bound.given(name) else { return fallback }
        if value.isIntLike, let i = value.asInt, i >= minimum { return i }
        throw try invalid(name, value)
    }

    /// A `Real` parameter in `[low, high)`, or nil for `None` when `allowsNone`.
    func real(_ name: String, _ fallback: Double?, in range: (low: Double, high: Double), allowsNone: Bool) throws
        -> Double?
    {
        guard let value = bound.given(name) else { return fallback }
        if case .none = value, allowsNone { return nil }
        guard value.isNumber, let d = value.asDouble, d >= range.low, d < range.high else {
            throw try invalid(name, value)
        }
        return d
    }

    /// A `bool` parameter (an int is refused).
    func flag(_ name: String, _ fallback: Bool) throws -> Bool {
        guard let value = bound.given(name) else { return fallback }
        if case .bool(let b) = value { return b }
        throw try invalid(name, value)
    }

    /// `random_state`: `None` or a `RandomState` draws from that generator, an int seeds a fresh one.
    func randomState() throws -> (ScikitLearnDatasets.RandomStateArgument, RandomStateObject) {
        let value = bound.given("random_state") ?? .none
        switch value {
        case .none: return (.state, try NumPyRandomModule.globalState(rt))
        case .int, .bool:
            guard let seed = value.asInt, UInt32(exactly: seed) != nil else { throw try invalid("random_state", value) }
            return (.seed(seed), try NumPyRandomModule.globalState(rt))
        case .native(let native):
            if let generator = native as? RandomStateObject { return (.state, generator) }
        default: break
        }
        throw try invalid("random_state", value)
    }

    /// `n_samples` of `make_moons` and `make_circles`: an int of at least `minimum`, or a tuple of ints.
    func sampleCount(minimum: Int) throws -> ScikitLearnDatasets.SampleCount {
        guard let value = bound.given("n_samples") else { return .total(100) }
        if value.isIntLike, let n = value.asInt {
            guard n >= minimum else { throw try invalid("n_samples", value) }
            return .total(n)
        }
        guard case .tuple(let tuple) = value else { throw try invalid("n_samples", value) }
        return .tuple(try tuple.items.map { item in
            guard item.isIntLike, let n = item.asInt else {
                throw PyError.type("'\(rt.typeName(item))' object cannot be interpreted as an integer")
            }
            return n
        })
    }

    /// `X` and `y` as numpy arrays of float64 and int64.
    func arrays(_ data: LabelledSamples) throws -> [Object] {
        let samples = data.samples
        let x = try rt.numpy { try NDArray(samples.elements, shape: [samples.rowCount, samples.columnCount]) }
        let y = try rt.numpy { try NDArray(data.labels.map(Int64.init), shape: [data.labels.count]) }
        return [try rt.object(x), try rt.object(y)]
    }
}
