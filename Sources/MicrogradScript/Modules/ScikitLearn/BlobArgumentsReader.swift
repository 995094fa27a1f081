import Micrograd

/// `make_blobs`'s arguments, which may be array-likes (lists, tuples, arrays) as well as numbers, read in
/// scikit-learn's order; and its two messages that print the caller's objects, rebuilt with numpy's printing.
struct BlobArgumentsReader {
    let arguments: DatasetArguments

    init(_ arguments: DatasetArguments) { self.arguments = arguments }

    private var rt: Interpreter { arguments.rt }

    /// Runs `make_blobs`: `(X, y)`, or `(X, y, centers)` with `return_centers=True`.
    func make() throws -> Object {
        let samples = try sampleCount()
        let features = try arguments.integer("n_features", 2, minimum: 1)
        let centers = try self.centers()
        let spread = try clusterSpread()
        let box = try centerBox()
        let shuffle = try arguments.flag("shuffle", true)
        let (randomState, generator) = try arguments.randomState()
        let returnCenters = try arguments.flag("return_centers", false)
        let data: LabelledSamples
        do {
            data = try ScikitLearnDatasets.makeBlobs(
                nSamples: samples, nFeatures: features, centers: centers, clusterStd: spread, centerBox: box,
                shuffle: shuffle, randomState: randomState, state: &generator.state)
        } catch {
            throw try rewritten(error)
        }
        var results = try arguments.arrays(data)
        if returnCenters, let chosen = data.centers {
            let shape = [chosen.rowCount, chosen.columnCount]
            results.append(try rt.object(try rt.numpy { try NDArray(chosen.elements, shape: shape) }))
        }
        return .tuple(results)
    }

    /// `n_samples`: an int of at least 1, or an array-like of counts.
    private func sampleCount() throws -> ScikitLearnDatasets.BlobSampleCount {
        guard let value = arguments.bound.given("n_samples") else { return .total(100) }
        if value.isIntLike, let n = value.asInt {
            guard n >= 1 else { throw try arguments.invalid("n_samples", value) }
            return .total(n)
        }
        guard isArrayLike(value) else { throw try arguments.invalid("n_samples", value) }
        return .perCenter(try rt.asArray(value, for: "make_blobs").scalarValues.map { Int(Int64(numpyCast: $0)) })
    }

    /// `centers`: `None`, an int of at least 1, or a 2-D array-like of coordinates.
    private func centers() throws -> ScikitLearnDatasets.BlobCenters? {
        guard let value = arguments.bound["centers"] else { return nil }
        if value.isIntLike, let k = value.asInt {
            guard k >= 1 else { throw try arguments.invalid("centers", value) }
            return .count(k)
        }
        guard isArrayLike(value) else { throw try arguments.invalid("centers", value) }
        let array = try rt.asArray(value, dtype: .float64, for: "make_blobs")
        guard array.ndim == 2 else {
            let shown = try rt.asArray(value, for: "make_blobs").str
            let dimension = array.ndim == 1 ? "1D array" : "scalar array"
            throw PyError.value(
                "Expected 2D array, got \(dimension) instead:\narray=\(shown).\nReshape your data either using "
                    + "array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it contains a "
                    + "single sample.")
        }
        return .coordinates(
            RowMajorMatrix(rowCount: array.shape[0], columnCount: array.shape[1], elements: array.doubleValues))
    }

    /// `cluster_std`: a float of at least 0, or an array-like of them.
    private func clusterSpread() throws -> ScikitLearnDatasets.ClusterSpread {
        guard let value = arguments.bound.given("cluster_std") else { return .same(1.0) }
        if value.isNumber, let d = value.asDouble {
            guard d >= 0, d < .infinity else { throw try arguments.invalid("cluster_std", value) }
            return .same(d)
        }
        guard isArrayLike(value) else { throw try arguments.invalid("cluster_std", value) }
        return .perCenter(try rt.asArray(value, dtype: .float64, for: "make_blobs").doubleValues)
    }

    /// `center_box`: a tuple of numbers.
    private func centerBox() throws -> [Double] {
        guard let value = arguments.bound.given("center_box") else { return [-10.0, 10.0] }
        guard case .tuple(let tuple) = value else { throw try arguments.invalid("center_box", value) }
        return try tuple.items.map { try NumPyArguments.real($0, rt) }
    }

    private func isArrayLike(_ value: Object) -> Bool {
        switch value {
        case .list, .tuple: return true
        default: return rt.ndarray(value) != nil
        }
    }

    /// scikit-learn's messages that print the caller's `n_samples`, `centers` and `cluster_std` with `str()`
    /// (centers after `check_array`, as an ndarray).
    private func rewritten(_ error: LibraryError) throws -> PyError {
        if error.kind == .invalidParameterError {
            return rt.raising(arguments.invalidParameter, error.message)
        }
        guard let shown = error.shownArray else { return PyError(error.kind.rawValue, error.message) }
        let bound = arguments.bound
        if error.message.hasPrefix("Length of `n_samples`") {
            let samples = try rt.str(bound.given("n_samples") ?? .none), centers = try rt.str(bound["centers"] ?? .none)
            return PyError.value(
                "Length of `n_samples` not consistent with number of centers. Got n_samples = \(samples) and "
                    + "centers = \(centers)")
        }
        let given = bound["centers"].flatMap { isArrayLike($0) ? $0 : nil }
        let centers = try given.map { try rt.asArray($0, for: "make_blobs") }
            ?? rt.numpy { try NDArray(shown.elements, shape: [shown.rowCount, shown.columnCount]) }
        return PyError.value(
            "Length of `clusters_std` not consistent with number of centers. Got centers = \(centers.str) and "
                + "cluster_std = \(try rt.str(bound.given("cluster_std") ?? .none))")
    }
}
