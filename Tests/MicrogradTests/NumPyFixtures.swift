import Foundation
@testable import Micrograd

/// The fixtures `Fixtures/make_numpy_fixtures.py` writes with numpy 1.26.4 and scikit-learn 1.5.2. Floats are
/// `repr` strings there, read back exactly by `Double(String)`.
enum NumPyFixtures {
    /// `numpy_random.json`.
    struct Random: Decodable {
        let versions: Versions
        let cases: [SeedCase]
        let sequences: [SequenceCase]
        let entropyFree: [EntropyFreeCase]
        let global: GlobalCase
        let errors: [ErrorCase]

        enum CodingKeys: String, CodingKey {
            case versions, cases, sequences, global, errors
            case entropyFree = "entropy_free"
        }
    }

    struct Versions: Decodable {
        let python: String
        let numpy: String
        let sklearn: String
        /// The C library whose `log`, `sin` and `cos` numpy called: "glibc 2.36".
        let libc: String
    }

    /// Draws from `RandomState(seed)`; see the script for the calls behind each key.
    struct SeedCase: Decodable {
        let seed: Int
        let randomSample: [String]
        let randomSampleShape2By3: [[String]]
        let randomSample700To705: [String]
        let standardNormal: [String]
        let standardNormalSize5: [String]
        let standardNormalAfter: [String]
        let standardNormalReseeded: [String]
        let uniform: [String]
        let normal: [String]
        let normalAfter: [String]
        let randint: [RandintCase]
        let permutation10: [Int]
        let permutation10After: [String]
        let permutationSmall: [[Int]]
        let permutationSmallAfter: [String]
        let permutationList: [Int]
        let permutationRows4By3: [Int]
        let permutationEmptyRowsAfter: [String]
        let shuffleRows6By2: [Int]
        let shuffleEmptyRowsAfter: [String]
        let shuffleList20: [Int]
        let shuffleList20After: [String]
        let choice: [ChoiceCase]
        let mixed: [String]

        enum CodingKeys: String, CodingKey {
            case seed, uniform, normal, randint, choice, mixed
            case randomSample = "random_sample"
            case randomSampleShape2By3 = "random_sample_shape_2_3"
            case randomSample700To705 = "random_sample_700_705"
            case standardNormal = "standard_normal"
            case standardNormalSize5 = "standard_normal_size_5"
            case standardNormalAfter = "standard_normal_after"
            case standardNormalReseeded = "standard_normal_reseeded"
            case normalAfter = "normal_after"
            case permutation10 = "permutation_10"
            case permutation10After = "permutation_10_after"
            case permutationSmall = "permutation_small"
            case permutationSmallAfter = "permutation_small_after"
            case permutationList = "permutation_list"
            case permutationRows4By3 = "permutation_rows_4x3"
            case permutationEmptyRowsAfter = "permutation_empty_rows_after"
            case shuffleRows6By2 = "shuffle_rows_6x2"
            case shuffleEmptyRowsAfter = "shuffle_empty_rows_after"
            case shuffleList20 = "shuffle_list_20"
            case shuffleList20After = "shuffle_list_20_after"
        }
    }

    /// `randint(low, high, size)`: `size` nil means five scalar calls.
    struct RandintCase: Decodable {
        let low: Int
        let high: Int?
        let size: Shape?
        let values: [Int]
        let after: [String]
    }

    /// `choice(a, size, replace, p)`; `values` are numpy's results (elements of `a` for a list).
    struct ChoiceCase: Decodable {
        let name: String
        let a: Population
        let size: Shape?
        let replace: Bool
        let p: [String]?
        let values: [Int]
        let after: [String]
    }

    struct SequenceCase: Decodable {
        let key: [Int]
        let randomSample: [String]
        let randint: [Int]

        enum CodingKeys: String, CodingKey {
            case key, randint
            case randomSample = "random_sample"
        }
    }

    struct EntropyFreeCase: Decodable {
        let lessonSeed: Int
        let ordinal: Int
        let randomSample: [String]

        enum CodingKeys: String, CodingKey {
            case ordinal
            case lessonSeed = "lesson_seed"
            case randomSample = "random_sample"
        }
    }

    struct GlobalCase: Decodable {
        let seed1337Rand3: [String]
        let seed0Randn3: [String]

        enum CodingKeys: String, CodingKey {
            case seed1337Rand3 = "seed_1337_rand_3"
            case seed0Randn3 = "seed_0_randn_3"
        }
    }

    /// An exception the library raised, by the id the script gave the call.
    struct ErrorCase: Decodable {
        let id: String
        let type: String
        let message: String
    }

    /// numpy's `size`: an int (a 1-D shape) or a list.
    struct Shape: Decodable {
        let dimensions: [Int]

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let count = try? container.decode(Int.self) {
                dimensions = [count]
            } else {
                dimensions = try container.decode([Int].self)
            }
        }
    }

    /// `choice`'s `a`: an int or a list of ints.
    enum Population: Decodable {
        case integer(Int)
        case list([Int])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let n = try? container.decode(Int.self) {
                self = .integer(n)
            } else {
                self = .list(try container.decode([Int].self))
            }
        }
    }

    static func random() throws -> Random { try FixtureFile.load("numpy_random") }

    static func seedCase(_ seed: Int) throws -> SeedCase {
        guard let found = try random().cases.first(where: { $0.seed == seed }) else {
            throw FixtureFile.Missing(name: "numpy_random seed \(seed)")
        }
        return found
    }
}

/// Doubles from the fixtures' repr strings (NaN for a string that is not a number, which fails any comparison).
func doubles(_ reprs: [String]) -> [Double] { reprs.map { Double($0) ?? .nan } }

/// Three `random_sample()` draws: where a state stands after a call (the fixtures' "after").
func nextThree(_ state: inout NumPyRandomState) -> [Double] {
    (0..<3).map { _ in state.randomSample() }
}

/// Whether doubles that went through the platform libm (`log` in the polar method, `sin` and `cos` in moons and
/// circles) match numpy's: bit for bit on glibc, where the fixtures were made and where numpy 1.26 calls the very
/// same functions; elsewhere within 1e-15 of the larger magnitude (at least 1), because another libm may round
/// differently. glibc itself is 1 ulp off the correctly rounded value for about 0.3% of the moons' angles and 0.1% of
/// the logs (measured with mpmath; see make_numpy_fixtures.py), which moves a moons coordinate by at most 2.2e-16.
func sameThroughLibm(_ computed: [Double], _ expected: [Double]) -> Bool {
    #if canImport(Glibc)
    return bitPatterns(computed) == bitPatterns(expected)
    #else
    return computed.count == expected.count
        && zip(computed, expected).allSatisfy { a, b in
            a.bitPattern == b.bitPattern || abs(a - b) <= 1e-15 * max(1, abs(a), abs(b))
        }
    #endif
}
