import Foundation
@testable import Micrograd

/// `sklearn_datasets.json`, written by `Fixtures/make_numpy_fixtures.py` with scikit-learn 1.5.2 on numpy 1.26.4.
enum ScikitLearnFixtures {
    struct File: Decodable {
        let versions: NumPyFixtures.Versions
        let cases: [Case]
        let errors: [NumPyFixtures.ErrorCase]
    }

    /// One generator run (or several on one state), with its arguments as the script passed them.
    struct Case: Decodable {
        let name: String
        let function: String
        let arguments: Arguments
        let tuple: Bool
        let state: StateArgument
        let results: [Result]
        let after: [String]?
    }

    /// `state.kind`: "seed" (`random_state=seed`), "global" (`np.random.seed(seed)`, then `None`) or "instance"
    /// (`RandomState(seed)` passed in).
    struct StateArgument: Decodable {
        let kind: String
        let seed: Int
    }

    struct Result: Decodable {
        let X: [[String]]
        let y: [Int]
        let centers: [[String]]?
    }

    /// The keyword arguments a case gave; absent ones took scikit-learn's defaults.
    struct Arguments: Decodable {
        let nSamples: Counts?
        let noise: String?
        let shuffle: Bool?
        let factor: String?
        let nFeatures: Int?
        let centers: Centers?
        let clusterStd: Spread?
        let centerBox: [String]?

        enum CodingKeys: String, CodingKey {
            case noise, shuffle, factor, centers
            case nSamples = "n_samples"
            case nFeatures = "n_features"
            case clusterStd = "cluster_std"
            case centerBox = "center_box"
        }
    }

    /// `n_samples`: an int or a list.
    enum Counts: Decodable {
        case total(Int)
        case list([Int])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let n = try? container.decode(Int.self) {
                self = .total(n)
            } else {
                self = .list(try container.decode([Int].self))
            }
        }
    }

    /// `centers`: a count or coordinates.
    enum Centers: Decodable {
        case count(Int)
        case coordinates([[String]])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let k = try? container.decode(Int.self) {
                self = .count(k)
            } else {
                self = .coordinates(try container.decode([[String]].self))
            }
        }
    }

    /// `cluster_std`: one float or a list.
    enum Spread: Decodable {
        case same(String)
        case list([String])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) {
                self = .same(one)
            } else {
                self = .list(try container.decode([String].self))
            }
        }
    }

    static func load() throws -> File { try FixtureFile.load("sklearn_datasets") }

    static func named(_ name: String) throws -> Case {
        guard let found = try load().cases.first(where: { $0.name == name }) else {
            throw FixtureFile.Missing(name: "sklearn_datasets case \(name)")
        }
        return found
    }
}

extension ScikitLearnFixtures.Case {
    /// Runs the case with the Swift generators: each call's result, then the three draws the state gives after.
    func run() throws -> (results: [LabelledSamples], after: [Double]) {
        let seeded = state.kind == "seed"
        let randomState: ScikitLearnDatasets.RandomStateArgument = seeded ? .seed(state.seed) : .state
        var generator = try NumPyRandomState(seed: seeded ? 0 : state.seed)
        let calls = try results.map { _ in try call(randomState, &generator) }
        return (calls, nextThree(&generator))
    }

    private func call(_ randomState: ScikitLearnDatasets.RandomStateArgument, _ state: inout NumPyRandomState) throws
        -> LabelledSamples
    {
        let noise = arguments.noise.flatMap(Double.init)
        let shuffle = arguments.shuffle ?? true
        switch function {
        case "make_moons":
            return try ScikitLearnDatasets.makeMoons(
                nSamples: sampleCount(default: 100), shuffle: shuffle, noise: noise, randomState: randomState,
                state: &state)
        case "make_circles":
            return try ScikitLearnDatasets.makeCircles(
                nSamples: sampleCount(default: 100), shuffle: shuffle, noise: noise, randomState: randomState,
                factor: arguments.factor.flatMap(Double.init) ?? 0.8, state: &state)
        default:
            return try ScikitLearnDatasets.makeBlobs(
                nSamples: blobCount, nFeatures: arguments.nFeatures ?? 2, centers: blobCenters,
                clusterStd: clusterStd, centerBox: arguments.centerBox.map(doubles) ?? [-10, 10], shuffle: shuffle,
                randomState: randomState, state: &state)
        }
    }

    private func sampleCount(default total: Int) -> ScikitLearnDatasets.SampleCount {
        switch arguments.nSamples {
        case .total(let n): .total(n)
        case .list(let counts): .tuple(counts)
        case nil: .total(total)
        }
    }

    private var blobCount: ScikitLearnDatasets.BlobSampleCount {
        switch arguments.nSamples {
        case .total(let n): .total(n)
        case .list(let counts): .perCenter(counts)
        case nil: .total(100)
        }
    }

    private var blobCenters: ScikitLearnDatasets.BlobCenters? {
        switch arguments.centers {
        case .count(let k): .count(k)
        case .coordinates(let rows): .coordinates(RowMajorMatrix(rows: rows.map(doubles)))
        case nil: nil
        }
    }

    private var clusterStd: ScikitLearnDatasets.ClusterSpread {
        switch arguments.clusterStd {
        case .same(let std): .same(Double(std) ?? .nan)
        case .list(let stds): .perCenter(doubles(stds))
        case nil: .same(1.0)
        }
    }
}
