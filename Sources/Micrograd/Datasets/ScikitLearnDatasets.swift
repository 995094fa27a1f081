/// scikit-learn 1.5.2's `make_moons`, `make_circles` and `make_blobs`, computed as scikit-learn computes them on
/// numpy 1.26's legacy `RandomState`, so the same seed gives the same data, bit for bit.
///
/// ```swift
/// var global = try NumPyRandomState(seed: 1337)               // np.random.seed(1337)
/// let moons = try ScikitLearnDatasets.makeMoons(              // make_moons(n_samples=100, noise=0.1)
///     nSamples: .total(100), noise: 0.1, randomState: .state, state: &global)
/// moons.samples.rowCount   // 100
/// ```
///
/// Each generator first checks its arguments as scikit-learn's `validate_params` does (in signature order, with
/// its `InvalidParameterError` message), then runs the body, whose errors are the ones numpy or scikit-learn raise
/// there. Arguments of the wrong Python type never reach these functions: the caller raises
/// `invalidParameter(_:of:got:)` for them.
public enum ScikitLearnDatasets {
    /// The `random_state` argument, as `sklearn.utils.check_random_state` reads it.
    public enum RandomStateArgument: Sendable, Equatable {
        /// `None` (the global `np.random` state) or a `RandomState` instance: the generator passes `state`, which
        /// the call advances.
        case state
        /// An integer: a fresh `RandomState(seed)` for this call only; `state` is not touched. scikit-learn
        /// accepts 0 through 2³² − 1.
        case seed(Int)
    }

    /// `n_samples` of `make_moons` and `make_circles`: a total, or a tuple with the count of each part (outer, inner).
    public enum SampleCount: Sendable, Equatable {
        case total(Int)
        /// A tuple; scikit-learn requires exactly two elements and raises otherwise.
        case tuple([Int])
    }

    /// sklearn's `InvalidParameterError` for `parameter` of `function`:
    /// `The 'noise' parameter of make_moons must be a float in the range [0.0, inf) or None. Got -0.1 instead.`
    /// `got` is the Python `repr` of the argument. Unknown names give a message without a constraint.
    public static func invalidParameter(_ parameter: String, of function: String, got: String) -> LibraryError {
        let constraint = parameterConstraint(parameter, of: function) ?? "valid"
        return LibraryError(
            .invalidParameterError,
            "The '\(parameter)' parameter of \(function) must be \(constraint). Got \(got) instead.")
    }

    /// The words `validate_params` uses for what `parameter` of `function` accepts, or nil for an unknown pair.
    public static func parameterConstraint(_ parameter: String, of function: String) -> String? {
        constraints.first { $0.function == function && $0.parameter == parameter }?.constraint
    }

    private static let boolean = "an instance of 'bool' or an instance of 'numpy.bool_'"
    private static let randomState =
        "an int in the range [0, 4294967295], an instance of 'numpy.random.mtrand.RandomState' or None"
    private static let noise = "a float in the range [0.0, inf) or None"

    /// Every parameter's constraint, in each function's signature order (the order `validate_params` checks).
    private static let constraints: [(function: String, parameter: String, constraint: String)] = [
        ("make_moons", "n_samples", "an int in the range [1, inf) or an instance of 'tuple'"),
        ("make_moons", "shuffle", boolean),
        ("make_moons", "noise", noise),
        ("make_moons", "random_state", randomState),
        ("make_circles", "n_samples", "an int in the range [0, inf) or an instance of 'tuple'"),
        ("make_circles", "shuffle", boolean),
        ("make_circles", "noise", noise),
        ("make_circles", "random_state", randomState),
        ("make_circles", "factor", "a float in the range [0.0, 1.0)"),
        ("make_blobs", "n_samples", "an int in the range [1, inf) or an array-like"),
        ("make_blobs", "n_features", "an int in the range [1, inf)"),
        ("make_blobs", "centers", "an int in the range [1, inf), an array-like or None"),
        ("make_blobs", "cluster_std", "a float in the range [0.0, inf) or an array-like"),
        ("make_blobs", "center_box", "an instance of 'tuple'"),
        ("make_blobs", "shuffle", boolean),
        ("make_blobs", "random_state", randomState),
        ("make_blobs", "return_centers", boolean),
    ]

    /// Throws the parameter error unless `value` lies in `[low, high)` (NaN never does), as sklearn's
    /// `Interval(Real, low, high, closed="left")` tests it.
    static func requireHalfOpen(
        _ value: Double, _ low: Double, _ high: Double, _ parameter: String, of function: String
    ) throws(LibraryError) {
        guard value >= low, value < high else {
            throw invalidParameter(parameter, of: function, got: PythonFloat.repr(value))
        }
    }

    /// Throws the parameter error unless `value ≥ minimum`, as `Interval(Integral, minimum, None)` tests it.
    static func requireAtLeast(_ value: Int, _ minimum: Int, _ parameter: String, of function: String)
        throws(LibraryError)
    {
        guard value >= minimum else { throw invalidParameter(parameter, of: function, got: String(value)) }
    }

    /// Checks `random_state` as `validate_params` does: an integer seed must lie in [0, 2³² − 1].
    static func validate(_ randomState: RandomStateArgument, of function: String) throws(LibraryError) {
        if case .seed(let seed) = randomState, UInt32(exactly: seed) == nil {
            throw invalidParameter("random_state", of: function, got: String(seed))
        }
    }

    /// Runs `body` with the generator `check_random_state` would give: a fresh one for a seed, else `state`.
    static func withGenerator<Result>(
        _ randomState: RandomStateArgument, _ state: inout NumPyRandomState,
        _ body: (inout NumPyRandomState) throws(LibraryError) -> Result
    ) throws(LibraryError) -> Result {
        switch randomState {
        case .state:
            return try body(&state)
        case .seed(let seed):
            var fresh = try NumPyRandomState(seed: seed)
            return try body(&fresh)
        }
    }

    /// Two classes of 2-D points, given as flat x, y pairs: the first labelled 0, the second 1, then shuffled and
    /// blurred as scikit-learn's two-class generators finish (the permutation is drawn before the noise).
    static func twoClasses(
        _ first: [Double], _ second: [Double], shuffle: Bool, noise: Double?, _ generator: inout NumPyRandomState
    ) throws(LibraryError) -> LabelledSamples {
        let labels = Array(repeating: 0, count: first.count / 2) + Array(repeating: 1, count: second.count / 2)
        let matrix = RowMajorMatrix(rowCount: labels.count, columnCount: 2, elements: first + second)
        var data = LabelledSamples(samples: matrix, labels: labels)
        if shuffle { data = shuffled(data, &generator) }
        if let noise { try addNoise(noise, to: &data, &generator) }
        return data
    }

    /// `util_shuffle(X, y, random_state=generator)`: `np.arange(n)` shuffled, then rows and labels taken in that
    /// order.
    static func shuffled(_ data: LabelledSamples, _ generator: inout NumPyRandomState) -> LabelledSamples {
        data.reordered(by: generator.permutation(data.labels.count))
    }

    /// `X += generator.normal(scale=noise, size=X.shape)`: one `0 + noise * gauss` per element, in C order.
    static func addNoise(_ noise: Double, to data: inout LabelledSamples, _ generator: inout NumPyRandomState)
        throws(LibraryError)
    {
        let shape = [data.samples.rowCount, data.samples.columnCount]
        let offsets = try generator.normal(loc: 0.0, scale: noise, shape: shape)
        for (index, offset) in zip(data.samples.elements.indices, offsets) {
            data.samples.elements[index] += offset
        }
    }
}
