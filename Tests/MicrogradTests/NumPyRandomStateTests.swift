import Testing
@testable import Micrograd

/// `NumPyRandomState`'s seeding and continuous draws against numpy 1.26.4 (Fixtures/numpy_random.json), bit for bit.
@Suite struct NumPyRandomStateTests {
    static let seeds = [0, 1, 42, 1337, 123_456_789, 2_147_483_648, 4_294_967_295]

    @Test func fixtureComesFromThePinnedVersions() throws {
        let fixture = try NumPyFixtures.random()
        #expect(fixture.versions.numpy == "1.26.4")
        #expect(fixture.versions.sklearn == "1.5.2")
        #expect(fixture.versions.libc.hasPrefix("glibc"))
        #expect(fixture.cases.map(\.seed) == Self.seeds)
    }

    @Test func knownFirstValues() throws {
        var zero = try NumPyRandomState(seed: 0)
        #expect(zero.randomSample() == 0.5488135039273248)
        var standard = try NumPyRandomState(seed: 0)
        #expect(sameThroughLibm([standard.standardNormal()], [1.764052345967664]))
    }

    @Test(arguments: seeds) func randomSample(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var state = try NumPyRandomState(seed: seed)
        let scalars = (0..<10).map { _ in state.randomSample() }
        #expect(bitPatterns(scalars) == bitPatterns(doubles(expected.randomSample)))
        let block = try state.randomSample(shape: [2, 3])
        #expect(bitPatterns(block) == bitPatterns(expected.randomSampleShape2By3.flatMap(doubles)))
    }

    /// 705 doubles use 1410 words, past two regenerations of the 624-word state.
    @Test(arguments: seeds) func randomSampleAcrossStateRegeneration(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var state = try NumPyRandomState(seed: seed)
        let drawn = try state.randomSample(shape: [705])
        #expect(bitPatterns(Array(drawn[700...])) == bitPatterns(doubles(expected.randomSample700To705)))
    }

    /// Eleven scalar draws leave a cached value, which the sized call that follows uses first.
    @Test(arguments: seeds) func standardNormal(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var state = try NumPyRandomState(seed: seed)
        let scalars = (0..<11).map { _ in state.standardNormal() }
        #expect(sameThroughLibm(scalars, doubles(expected.standardNormal)))
        let block = try state.standardNormal(shape: [5])
        #expect(sameThroughLibm(block, doubles(expected.standardNormalSize5)))
        #expect(bitPatterns(nextThree(&state)) == bitPatterns(doubles(expected.standardNormalAfter)))
    }

    @Test(arguments: seeds) func seedingForgetsTheCachedGaussian(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var state = try NumPyRandomState(seed: seed)
        var drawn = [state.standardNormal()]
        try state.seed(seed)
        drawn += [state.standardNormal(), state.standardNormal()]
        #expect(sameThroughLibm(drawn, doubles(expected.standardNormalReseeded)))
        #expect(drawn[0] == drawn[1])
    }

    /// `uniform(-2, 3, size=7)`, `uniform(5, 1)` (reversed bounds), then `uniform()`.
    @Test(arguments: seeds) func uniform(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var state = try NumPyRandomState(seed: seed)
        var drawn = try state.uniform(low: -2, high: 3, shape: [7])
        drawn += [try state.uniform(low: 5, high: 1), try state.uniform()]
        #expect(bitPatterns(drawn) == bitPatterns(doubles(expected.uniform)))
    }

    /// `normal(1.5, 0.25, size=5)`, `normal()`, `normal(-3, 0.0)`, `normal(2, 10, size=(2, 2))`, `normal(0, inf)`.
    @Test(arguments: seeds) func normal(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var state = try NumPyRandomState(seed: seed)
        var drawn = try state.normal(loc: 1.5, scale: 0.25, shape: [5])
        drawn += [try state.normal(), try state.normal(loc: -3, scale: 0.0)]
        drawn += try state.normal(loc: 2, scale: 10, shape: [2, 2])
        drawn.append(try state.normal(loc: 0, scale: .infinity))
        #expect(sameThroughLibm(drawn, doubles(expected.normal)))
        #expect(bitPatterns(nextThree(&state)) == bitPatterns(doubles(expected.normalAfter)))
    }

    /// rand, randn, randint, uniform, normal, choice, permutation, random, randn, weighted choice, random_sample on
    /// one state in turn.
    @Test(arguments: seeds) func mixedCalls(seed: Int) throws {
        let expected = try NumPyFixtures.seedCase(seed)
        var state = try NumPyRandomState(seed: seed)
        var drawn = [state.randomSample(), state.standardNormal(), Double(try state.randint(10))]
        drawn += [try state.uniform(low: -1, high: 1), try state.normal(loc: 3, scale: 2)]
        drawn += try state.choice(.range(7), shape: nil).map(Double.init)
        drawn.append(state.standardNormal())
        drawn += state.permutation(5).map(Double.init)
        drawn += [state.randomSample(), state.standardNormal()]
        drawn += try state.choice(.range(5), shape: nil, p: [0.1, 0.2, 0.3, 0.15, 0.25]).map(Double.init)
        drawn.append(state.randomSample())
        #expect(sameThroughLibm(drawn, doubles(expected.mixed)))
    }

    @Test func sequenceSeedsUseInitByArray() throws {
        for expected in try NumPyFixtures.random().sequences {
            var state = try NumPyRandomState(seedSequence: expected.key)
            let samples = try state.randomSample(shape: [5])
            let label = "key \(expected.key.prefix(4))"
            #expect(bitPatterns(samples) == bitPatterns(doubles(expected.randomSample)), "\(label)")
            #expect(try state.randint(0, 1000, shape: [5]) == expected.randint)
            var reseeded = try NumPyRandomState(seed: 7)
            try reseeded.seed(sequence: expected.key)
            #expect(bitPatterns(try reseeded.randomSample(shape: [5])) == bitPatterns(samples))
        }
    }

    /// `np.random.seed(s)` then `np.random.rand(3)` / `randn(3)`: the global functions are one `RandomState`.
    @Test func globalSeedingIsRandomStateSeeding() throws {
        let expected = try NumPyFixtures.random().global
        var global = try NumPyRandomState(seed: 99)
        try global.seed(1337)
        #expect(bitPatterns(try global.randomSample(shape: [3])) == bitPatterns(doubles(expected.seed1337Rand3)))
        try global.seed(0)
        #expect(sameThroughLibm(try global.standardNormal(shape: [3]), doubles(expected.seed0Randn3)))
    }

    /// Gradbook's `seed(None)`: `RandomState([ordinal, lessonSeed low word, high word])`, checked against numpy.
    @Test func entropyFreeSeedingIsASequenceSeed() throws {
        for expected in try NumPyFixtures.random().entropyFree {
            var state = NumPyRandomState(entropyFreeSeed: expected.lessonSeed, ordinal: expected.ordinal)
            #expect(
                bitPatterns(try state.randomSample(shape: [3])) == bitPatterns(doubles(expected.randomSample)),
                "lesson seed \(expected.lessonSeed), ordinal \(expected.ordinal)")
        }
        var first = NumPyRandomState(entropyFreeSeed: 5, ordinal: 0)
        var again = NumPyRandomState(entropyFreeSeed: 5, ordinal: 0)
        var second = NumPyRandomState(entropyFreeSeed: 5, ordinal: 1)
        let start = first.randomSample()
        #expect(again.randomSample() == start)
        #expect(second.randomSample() != start)
    }

    @Test func seedWithoutEntropyResetsTheGaussianCache() throws {
        var state = try NumPyRandomState(seed: 3)
        _ = state.standardNormal()
        state.seedWithoutEntropy(lessonSeed: 0, ordinal: 4)
        var fresh = NumPyRandomState(entropyFreeSeed: 0, ordinal: 4)
        #expect(state.standardNormal() == fresh.standardNormal())
    }

    @Test func largestAndSmallestSeeds() throws {
        var smallest = try NumPyRandomState(seed: 0)
        var largest = try NumPyRandomState(seed: 4_294_967_295)
        #expect(smallest.randomSample() != largest.randomSample())
        #expect(throws: LibraryError(.valueError, "Seed must be between 0 and 2**32 - 1")) {
            try NumPyRandomState(seed: 4_294_967_296)
        }
    }

    /// A rejected seed leaves the state, and its cached Gaussian, as they were.
    @Test func rejectedSeedChangesNothing() throws {
        var state = try NumPyRandomState(seed: 12)
        var reference = try NumPyRandomState(seed: 12)
        _ = state.standardNormal()
        _ = reference.standardNormal()
        #expect(throws: LibraryError.self) { try state.seed(-1) }
        #expect(throws: LibraryError.self) { try state.seed(sequence: []) }
        #expect(state.standardNormal() == reference.standardNormal())
        #expect(state.randomSample() == reference.randomSample())
    }

    @Test func emptyShapesDrawNothing() throws {
        var state = try NumPyRandomState(seed: 8)
        var reference = try NumPyRandomState(seed: 8)
        #expect(try state.randomSample(shape: [0]).isEmpty)
        #expect(try state.standardNormal(shape: [3, 0]).isEmpty)
        #expect(try state.normal(loc: 1, scale: 2, shape: [0, 5]).isEmpty)
        #expect(try state.uniform(low: 0, high: 1, shape: [0]).isEmpty)
        #expect(state.randomSample() == reference.randomSample())
        #expect(try state.randomSample(shape: []).count == 1)
    }
}
