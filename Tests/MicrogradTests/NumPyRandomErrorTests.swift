import Testing
@testable import Micrograd

/// Each error numpy 1.26.4 raised for a bad argument (Fixtures/numpy_random.json), raised by the same call here:
/// the exception class and the message, word for word.
@Suite struct NumPyRandomErrorTests {
    /// The script's calls, by id, written with the Swift API.
    static let calls: [String: @Sendable (inout NumPyRandomState) throws -> Void] = [
        "seed_negative": { _ in _ = try NumPyRandomState(seed: -1) },
        "seed_too_large": { _ in _ = try NumPyRandomState(seed: 1 << 32) },
        "seed_sequence_empty": { _ in _ = try NumPyRandomState(seedSequence: []) },
        "seed_sequence_negative": { _ in _ = try NumPyRandomState(seedSequence: [1, -1]) },
        "seed_sequence_too_large": { _ in _ = try NumPyRandomState(seedSequence: [1 << 32]) },
        "reseed_negative": { state in try state.seed(-5) },
        "randint_high_zero": { state in _ = try state.randint(0) },
        "randint_negative_high": { state in _ = try state.randint(-3) },
        "randint_empty_range": { state in _ = try state.randint(5, 5) },
        "randint_reversed": { state in _ = try state.randint(5, 1, shape: [3]) },
        "randint_zero_low_reversed": { state in _ = try state.randint(0, -4) },
        "randint_negative_size": { state in _ = try state.randint(0, 5, shape: [2, -1]) },
        "randint_bounds_before_size": { state in _ = try state.randint(5, 1, shape: [2, -1]) },
        "randint_too_big": { state in _ = try state.randint(0, 5, shape: [1 << 32, 1 << 32]) },
        "random_sample_negative_size": { state in _ = try state.randomSample(shape: [-1]) },
        "random_sample_too_big": { state in _ = try state.randomSample(shape: [1 << 60, 8]) },
        "random_sample_negative_after_too_big": { state in _ = try state.randomSample(shape: [1 << 62, 4, -1]) },
        "standard_normal_negative_size": { state in _ = try state.standardNormal(shape: [3, -2]) },
        "uniform_infinite_range": { state in _ = try state.uniform(low: 0, high: .infinity) },
        "uniform_nan": { state in _ = try state.uniform(low: .nan, high: 1) },
        "uniform_overflowing_range": { state in _ = try state.uniform(low: -1e308, high: 1e308) },
        "normal_negative_scale": { state in _ = try state.normal(loc: 0, scale: -1) },
        "normal_negative_zero_scale": { state in _ = try state.normal(loc: 0, scale: -0.0) },
        "normal_scale_before_size": { state in _ = try state.normal(loc: 0, scale: -1, shape: [-1]) },
        "choice_zero": { state in _ = try state.choice(.range(0), shape: nil) },
        "choice_negative": { state in _ = try state.choice(.range(-3), shape: nil) },
        "choice_empty_array": { state in _ = try state.choice(.elements(count: 0), shape: nil) },
        "choice_p_size": { state in _ = try state.choice(.range(5), shape: nil, p: [0.5, 0.5]) },
        "choice_p_sum": { state in _ = try state.choice(.range(3), shape: nil, p: [0.5, 0.5, 0.5]) },
        "choice_p_sum_slightly_off": { state in
            _ = try state.choice(.range(3), shape: nil, p: [0.3, 0.3, 0.4 + 1e-7])
        },
        "choice_p_nan": { state in _ = try state.choice(.range(3), shape: nil, p: [0.5, .nan, 0.5]) },
        "choice_p_negative": { state in _ = try state.choice(.range(3), shape: nil, p: [1.5, -0.5, 0.0]) },
        "choice_p_negative_before_sum": { state in _ = try state.choice(.range(3), shape: nil, p: [-0.5, 0.2, 0.2]) },
        "choice_larger_sample": { state in _ = try state.choice(.range(3), shape: [4], replace: false) },
        "choice_negative_size_without_replacement": { state in
            _ = try state.choice(.range(3), shape: [-1], replace: false)
        },
        "choice_negative_size": { state in _ = try state.choice(.range(3), shape: [-1]) },
        "choice_negative_size_weighted": { state in _ = try state.choice(.range(3), shape: [-1], p: [0.2, 0.3, 0.5]) },
        "choice_fewer_nonzero": { state in
            _ = try state.choice(.range(3), shape: [3], replace: false, p: [0.5, 0.5, 0.0])
        },
        "linspace_negative": { state in _ = try NumPyLinspace.values(from: 0, to: 1, count: -1) },
    ]

    /// The state each call starts from: `RandomState(0)`.
    static func fresh() throws -> NumPyRandomState { try NumPyRandomState(seed: 0) }

    @Test func everyFixtureErrorIsRaisedAlike() throws {
        let errors = try NumPyFixtures.random().errors
        #expect(Set(errors.map(\.id)) == Set(Self.calls.keys))
        for expected in errors {
            guard let call = Self.calls[expected.id] else { continue }
            var state = try Self.fresh()
            let raised = #expect(throws: LibraryError.self, "\(expected.id)") { try call(&state) }
            #expect(raised?.kind.rawValue == expected.type, "\(expected.id)")
            #expect(raised?.message == expected.message, "\(expected.id)")
        }
    }

    @Test func describesItselfAsATracebackLine() {
        #expect(LibraryError(.overflowError, "Range exceeds valid bounds").description
            == "OverflowError: Range exceeds valid bounds")
    }

    @Test func sizeZeroOfAnEmptyPopulationIsFine() throws {
        var state = try Self.fresh()
        #expect(try state.choice(.range(0), shape: [0]).isEmpty)
        #expect(try state.choice(.elements(count: 0), shape: [2, 0], replace: false).isEmpty)
        #expect(try state.randint(5, 1, shape: [0]).isEmpty)
    }
}
