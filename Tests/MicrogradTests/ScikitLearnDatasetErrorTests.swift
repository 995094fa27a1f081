import Testing
@testable import Micrograd

/// Each error scikit-learn 1.5.2 raised for bad arguments (Fixtures/sklearn_datasets.json), raised by the same
/// call here: the exception class and the message, word for word.
@Suite struct ScikitLearnDatasetErrorTests {
    typealias Call = @Sendable (inout NumPyRandomState) throws -> Void
    typealias Datasets = ScikitLearnDatasets

    /// The script's calls, by id; `random_state=None` draws from the state passed in.
    static let calls: [String: Call] = [
        "moons_zero": { _ = try Datasets.makeMoons(nSamples: .total(0), randomState: .state, state: &$0) },
        "moons_negative_noise": { _ = try Datasets.makeMoons(noise: -0.1, randomState: .state, state: &$0) },
        "moons_nan_noise": { _ = try Datasets.makeMoons(noise: .nan, randomState: .state, state: &$0) },
        "moons_infinite_noise": { _ = try Datasets.makeMoons(noise: .infinity, randomState: .state, state: &$0) },
        "moons_negative_zero_noise": { _ = try Datasets.makeMoons(noise: -0.0, randomState: .seed(0), state: &$0) },
        "moons_negative_seed": { _ = try Datasets.makeMoons(randomState: .seed(-1), state: &$0) },
        "moons_seed_too_large": { _ = try Datasets.makeMoons(randomState: .seed(1 << 32), state: &$0) },
        "moons_triple": { _ = try Datasets.makeMoons(nSamples: .tuple([1, 2, 3]), randomState: .state, state: &$0) },
        "moons_negative_part": {
            _ = try Datasets.makeMoons(nSamples: .tuple([1, -2]), randomState: .state, state: &$0)
        },
        "moons_n_samples_before_noise": {
            _ = try Datasets.makeMoons(nSamples: .total(0), noise: -1, randomState: .state, state: &$0)
        },
        "moons_noise_before_tuple": {
            _ = try Datasets.makeMoons(nSamples: .tuple([1, 2, 3]), noise: -1, randomState: .state, state: &$0)
        },
        "circles_negative": { _ = try Datasets.makeCircles(nSamples: .total(-1), randomState: .state, state: &$0) },
        "circles_factor_one": { _ = try Datasets.makeCircles(randomState: .state, factor: 1, state: &$0) },
        "circles_factor_negative": { _ = try Datasets.makeCircles(randomState: .state, factor: -0.1, state: &$0) },
        "circles_factor_nan": { _ = try Datasets.makeCircles(randomState: .state, factor: .nan, state: &$0) },
        "circles_triple": {
            _ = try Datasets.makeCircles(nSamples: .tuple([1, 2, 3]), randomState: .state, state: &$0)
        },
        "circles_negative_part": {
            _ = try Datasets.makeCircles(nSamples: .tuple([-1, 2]), randomState: .state, state: &$0)
        },
        "circles_seed_before_factor": { _ = try Datasets.makeCircles(randomState: .seed(-1), factor: 2, state: &$0) },
        "blobs_zero": { _ = try Datasets.makeBlobs(nSamples: .total(0), randomState: .state, state: &$0) },
        "blobs_zero_features": { _ = try Datasets.makeBlobs(nFeatures: 0, randomState: .state, state: &$0) },
        "blobs_zero_centers": { _ = try Datasets.makeBlobs(centers: .count(0), randomState: .state, state: &$0) },
        "blobs_negative_std": { _ = try Datasets.makeBlobs(clusterStd: .same(-1), randomState: .state, state: &$0) },
        "blobs_nan_std": { _ = try Datasets.makeBlobs(clusterStd: .same(.nan), randomState: .state, state: &$0) },
        "blobs_negative_seed": { _ = try Datasets.makeBlobs(randomState: .seed(-3), state: &$0) },
        "blobs_short_box": { _ = try Datasets.makeBlobs(centerBox: [1], randomState: .state, state: &$0) },
        "blobs_infinite_box": {
            _ = try Datasets.makeBlobs(centerBox: [0, .infinity], randomState: .state, state: &$0)
        },
        "blobs_int_centers_with_counts": {
            _ = try Datasets.makeBlobs(
                nSamples: .perCenter([3, 4]), centers: .count(3), randomState: .state, state: &$0)
        },
        "blobs_std_in_list_negative": {
            _ = try Datasets.makeBlobs(
                nSamples: .total(10), centers: .count(2), clusterStd: .perCenter([1, -2]), randomState: .seed(0),
                state: &$0)
        },
        "blobs_std_in_list_negative_zero": {
            _ = try Datasets.makeBlobs(
                nSamples: .total(4), centers: .count(2), clusterStd: .perCenter([-0.0, 1]), randomState: .seed(0),
                state: &$0)
        },
        "blobs_empty_counts": { _ = try Datasets.makeBlobs(nSamples: .perCenter([]), randomState: .state, state: &$0) },
        "blobs_centers_nan": { _ = try givenCenters([[0, .nan]], &$0) },
        "blobs_centers_infinite": { _ = try givenCenters([[0, .infinity]], &$0) },
        "blobs_centers_no_rows": {
            let none = RowMajorMatrix(rowCount: 0, columnCount: 2, elements: [])
            _ = try Datasets.makeBlobs(
                nSamples: .total(4), centers: .coordinates(none), randomState: .state, state: &$0)
        },
        "blobs_centers_no_columns": {
            let none = RowMajorMatrix(rowCount: 2, columnCount: 0, elements: [])
            _ = try Datasets.makeBlobs(
                nSamples: .total(4), centers: .coordinates(none), randomState: .state, state: &$0)
        },
        "blobs_negative_count_first": {
            _ = try Datasets.makeBlobs(nSamples: .perCenter([-1, 3]), randomState: .seed(0), state: &$0)
        },
        "blobs_negative_count_later": {
            _ = try Datasets.makeBlobs(nSamples: .perCenter([3, -1]), randomState: .seed(0), state: &$0)
        },
        "blobs_negative_total": {
            _ = try Datasets.makeBlobs(nSamples: .perCenter([1, -4]), randomState: .seed(0), state: &$0)
        },
        "blobs_centers_count_mismatch": {
            let centers = RowMajorMatrix(rows: [[1, 2], [3, 4], [5, 6]])
            _ = try Datasets.makeBlobs(
                nSamples: .perCenter([3, 4]), centers: .coordinates(centers), randomState: .state, state: &$0)
        },
        "blobs_std_count_mismatch": {
            let centers = RowMajorMatrix(rows: [[1.5, 2], [3, -4.25]])
            _ = try Datasets.makeBlobs(
                nSamples: .total(10), centers: .coordinates(centers), clusterStd: .perCenter([1, 2, 3]),
                randomState: .state, state: &$0)
        },
    ]

    static func givenCenters(_ rows: [[Double]], _ state: inout NumPyRandomState) throws -> LabelledSamples {
        try Datasets.makeBlobs(
            nSamples: .total(4), centers: .coordinates(RowMajorMatrix(rows: rows)), randomState: .state, state: &state)
    }

    @Test func everyFixtureErrorIsRaisedAlike() throws {
        let errors = try ScikitLearnFixtures.load().errors
        #expect(Set(errors.map(\.id)) == Set(Self.calls.keys))
        for expected in errors where expected.id != "blobs_std_count_mismatch" {
            guard let call = Self.calls[expected.id] else { continue }
            var state = try NumPyRandomState(seed: 0)
            let raised = #expect(throws: LibraryError.self, "\(expected.id)") { try call(&state) }
            #expect(raised?.kind.rawValue == expected.type, "\(expected.id)")
            #expect(raised?.message == expected.message, "\(expected.id)")
        }
    }

    /// The one message that prints an ndarray with numpy's `str`: the words agree, and the array is handed over
    /// so the interpreter can print it its own way.
    @Test func clusterStdMismatchHandsOverTheCenters() throws {
        let expected = try #require(try ScikitLearnFixtures.load().errors.first { $0.id == "blobs_std_count_mismatch" })
        var state = try NumPyRandomState(seed: 0)
        let raised = #expect(throws: LibraryError.self) { try Self.calls["blobs_std_count_mismatch"]?(&state) }
        let prefix = "Length of `clusters_std` not consistent with number of centers. Got centers = "
        #expect(expected.message.hasPrefix(prefix))
        #expect(expected.message.hasSuffix(" and cluster_std = [1.0, 2.0, 3.0]"))
        #expect(raised?.message == prefix + "[[1.5, 2.0], [3.0, -4.25]] and cluster_std = [1.0, 2.0, 3.0]")
        #expect(raised?.shownArray == RowMajorMatrix(rows: [[1.5, 2], [3, -4.25]]))
    }

    @Test func parameterErrorsForTheCallersOwnChecks() {
        let error = ScikitLearnDatasets.invalidParameter("shuffle", of: "make_moons", got: "1")
        #expect(error.kind == .invalidParameterError)
        #expect(
            error.message
                == "The 'shuffle' parameter of make_moons must be an instance of 'bool' or an instance of "
                + "'numpy.bool_'. Got 1 instead.")
        #expect(
            ScikitLearnDatasets.parameterConstraint("center_box", of: "make_blobs") == "an instance of 'tuple'")
        #expect(ScikitLearnDatasets.parameterConstraint("factor", of: "make_moons") == nil)
    }

    /// A call that fails validation draws nothing from the state passed in.
    @Test func rejectedCallsLeaveTheStateAlone() throws {
        var state = try NumPyRandomState(seed: 21)
        var reference = try NumPyRandomState(seed: 21)
        #expect(throws: LibraryError.self) {
            try ScikitLearnDatasets.makeMoons(noise: -1, randomState: .state, state: &state)
        }
        #expect(throws: LibraryError.self) {
            try ScikitLearnDatasets.makeCircles(randomState: .state, factor: 1.5, state: &state)
        }
        #expect(state.randomSample() == reference.randomSample())
    }
}
