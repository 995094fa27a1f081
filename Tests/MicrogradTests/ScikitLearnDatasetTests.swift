import Testing
@testable import Micrograd

/// make_moons, make_circles and make_blobs against scikit-learn 1.5.2 on numpy 1.26.4
/// (Fixtures/sklearn_datasets.json): points bit for bit, labels, centers, and where the state stands afterwards.
@Suite struct ScikitLearnDatasetTests {
    static let caseNames = [
        "moons_demo", "moons_defaults_seed_0", "moons_noise_seed_42", "moons_odd", "moons_one", "moons_noise_none",
        "moons_noise_zero", "moons_no_shuffle", "moons_no_shuffle_no_noise", "moons_tuple", "moons_tuple_empty_part",
        "moons_instance_twice", "moons_global_twice", "moons_large_seed",
        "circles_defaults_seed_0", "circles_noise", "circles_odd", "circles_zero", "circles_no_shuffle",
        "circles_tuple", "circles_factor_zero",
        "blobs_defaults_seed_0", "blobs_docstring", "blobs_per_center", "blobs_remainder", "blobs_given_centers",
        "blobs_per_center_given", "blobs_features_3", "blobs_no_shuffle", "blobs_box", "blobs_reversed_box",
        "blobs_std_list",
    ]

    @Test func fixtureCoversEveryCase() throws {
        let file = try ScikitLearnFixtures.load()
        #expect(file.cases.map(\.name) == Self.caseNames)
        #expect(file.versions.sklearn == "1.5.2")
        #expect(file.versions.numpy == "1.26.4")
    }

    @Test(arguments: caseNames) func matchesScikitLearn(name: String) throws {
        let expected = try ScikitLearnFixtures.named(name)
        let (results, after) = try expected.run()
        for (index, (result, reference)) in zip(results, expected.results).enumerated() {
            let rows = reference.X.map(doubles)
            #expect(result.samples.rowCount == rows.count, "\(name) call \(index): rows")
            #expect(result.samples.columnCount == (rows.first?.count ?? 2), "\(name) call \(index): columns")
            #expect(sameThroughLibm(result.samples.elements, rows.flatMap { $0 }), "\(name) call \(index): X")
            #expect(result.labels == reference.y, "\(name) call \(index): y")
            if let centers = reference.centers {  // uniform draws: no libm, bit for bit everywhere
                #expect(
                    bitPatterns(result.centers?.elements ?? []) == bitPatterns(centers.flatMap(doubles)),
                    "\(name) call \(index): centers")
            }
        }
        if let reference = expected.after {
            #expect(bitPatterns(after) == bitPatterns(doubles(reference)), "\(name): the state afterwards")
        }
    }

    /// micrograd's demo: `np.random.seed(1337); random.seed(1337); X, y = make_moons(n_samples=100, noise=0.1)`.
    @Test func microgradDemoMoons() throws {
        var global = try NumPyRandomState(seed: 1337)
        let moons = try ScikitLearnDatasets.makeMoons(
            nSamples: .total(100), noise: 0.1, randomState: .state, state: &global)
        #expect(moons.samples.rowCount == 100)
        #expect(sameThroughLibm(moons.samples.row(0), [1.1221146075409685, 0.08147717341718697]))
        #expect(moons.labels.filter { $0 == 0 }.count == 50)
        let reference = try ScikitLearnFixtures.named("moons_demo").results[0]
        #expect(sameThroughLibm(moons.samples.elements, reference.X.flatMap(doubles)))
        #expect(moons.labels == reference.y)
    }

    /// An integer `random_state` uses a fresh state and leaves the one passed alone.
    @Test func integerRandomStateLeavesTheGlobalStateAlone() throws {
        var global = try NumPyRandomState(seed: 4)
        var reference = try NumPyRandomState(seed: 4)
        let first = try ScikitLearnDatasets.makeMoons(
            nSamples: .total(10), noise: 0.2, randomState: .seed(7), state: &global)
        let second = try ScikitLearnDatasets.makeMoons(
            nSamples: .total(10), noise: 0.2, randomState: .seed(7), state: &global)
        #expect(first == second)
        #expect(global.randomSample() == reference.randomSample())
    }

    @Test func noiselessUnshuffledMoonsAreTheHalfCircles() throws {
        var state = try NumPyRandomState(seed: 0)
        let moons = try ScikitLearnDatasets.makeMoons(
            nSamples: .total(6), shuffle: false, randomState: .state, state: &state)
        #expect(moons.labels == [0, 0, 0, 1, 1, 1])
        #expect(moons.samples.row(0) == [1.0, 0.0])
        #expect(moons.samples.row(2) == [-1.0, 1.2246467991473532e-16])
        #expect(moons.samples.row(3) == [0.0, 0.5])
        #expect(moons.samples.row(5) == [2.0, 0.4999999999999999])
    }

    @Test func linspaceWithoutEndpoint() throws {
        #expect(try NumPyLinspace.values(from: 0, to: 1, count: 4, endpoint: false) == [0, 0.25, 0.5, 0.75])
        #expect(try NumPyLinspace.values(from: 0, to: 1, count: 1, endpoint: false) == [0])
        #expect(try NumPyLinspace.values(from: 2, to: 3, count: 1) == [2])
        #expect(try NumPyLinspace.values(from: 2, to: 3, count: 0).isEmpty)
        // A step that underflows to 0 divides first, then multiplies (numpy gh-5437).
        let tiny = Double.leastNonzeroMagnitude  // np.linspace(0, 5e-324, 3) is [0, 0, 5e-324]
        #expect(try NumPyLinspace.values(from: 0, to: tiny, count: 3) == [0, 0, tiny])
    }

    @Test func rowMajorMatrixIsAlwaysWellFormed() {
        let matrix = RowMajorMatrix(rowCount: 2, columnCount: 2, elements: [1, 2, 3])
        #expect(matrix.elements == [1, 2, 3, 0])
        #expect(matrix.row(5).isEmpty)
        #expect(RowMajorMatrix(rows: [[1, 2], [3]]).rows == [[1, 2], [3, 0]])
    }
}
