import Testing
@testable import Micrograd

/// `PythonRandom` against `random.Random(seed)` from CPython 3.11 (Fixtures/random.json), bit for bit.
@Suite struct PythonRandomTests {
    struct Fixture: Decodable {
        let python: String
        let cases: [Case]
    }

    struct Case: Decodable {
        struct Bits: Decodable { let k: Int; let value: UInt64 }
        struct Below: Decodable { let n: Int; let value: Int }
        let seed: Int
        let random: [Double]
        let uniformMinus1To1: [Double]
        let gauss0To1: [Double]
        let gauss2Point5To0Point3: [Double]
        let getrandbits: [Bits]
        let randbelow: [Below]
        let randrange10: [Int]
        let shuffleRange20: [Int]
        let choicePool: [Int]
        let choice: [Int]
        let mixed: [Double]
        let randomAfter700: [Double]

        enum CodingKeys: String, CodingKey {
            case seed, random, getrandbits, randbelow, choice, mixed
            case uniformMinus1To1 = "uniform_minus1_1"
            case gauss0To1 = "gauss_0_1"
            case gauss2Point5To0Point3 = "gauss_2.5_0.3"
            case randrange10 = "randrange_10"
            case shuffleRange20 = "shuffle_range_20"
            case choicePool = "choice_pool"
            case randomAfter700 = "random_after_700"
        }
    }

    static let seeds = [0, 1, 42, 1337, -7, 4_294_967_301, 1_099_511_627_779]  // …, 2**32 + 5, 2**40 + 3

    static func fixture(seed: Int) throws -> Case {
        let fixture = try FixtureFile.load("random", as: Fixture.self)
        return try #require(fixture.cases.first { $0.seed == seed })
    }

    @Test func fixtureCoversEverySeed() throws {
        let fixture = try FixtureFile.load("random", as: Fixture.self)
        #expect(fixture.cases.map(\.seed) == Self.seeds)
        #expect(fixture.python.hasPrefix("3.11"))
    }

    @Test(arguments: seeds) func random(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var random = PythonRandom(seed: seed)
        let drawn = (0..<20).map { _ in random.random() }
        #expect(bitPatterns(drawn) == bitPatterns(expected.random))
    }

    /// Past the first 624 words the state is regenerated; 705 draws use 1410 words, crossing two regenerations.
    @Test(arguments: seeds) func randomAcrossStateRegeneration(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var random = PythonRandom(seed: seed)
        let drawn = (0..<705).map { _ in random.random() }
        #expect(bitPatterns(Array(drawn[700...])) == bitPatterns(expected.randomAfter700))
    }

    @Test(arguments: seeds) func uniform(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var random = PythonRandom(seed: seed)
        let drawn = (0..<10).map { _ in random.uniform(-1, 1) }
        #expect(bitPatterns(drawn) == bitPatterns(expected.uniformMinus1To1))
    }

    @Test(arguments: seeds) func gauss(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var standard = PythonRandom(seed: seed)
        #expect(bitPatterns((0..<10).map { _ in standard.gauss(0, 1) }) == bitPatterns(expected.gauss0To1))
        var scaled = PythonRandom(seed: seed)
        #expect(
            bitPatterns((0..<5).map { _ in scaled.gauss(2.5, 0.3) }) == bitPatterns(expected.gauss2Point5To0Point3))
    }

    @Test(arguments: seeds) func getrandbits(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var random = PythonRandom(seed: seed)
        for bits in expected.getrandbits {
            #expect(random.getrandbits(bits.k) == bits.value, "getrandbits(\(bits.k))")
        }
    }

    @Test(arguments: seeds) func randomBelow(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var random = PythonRandom(seed: seed)
        for below in expected.randbelow {
            #expect(random.randomBelow(below.n) == below.value, "_randbelow(\(below.n))")
        }
        var again = PythonRandom(seed: seed)
        #expect((0..<20).map { _ in again.randomBelow(10) } == expected.randrange10)
    }

    @Test(arguments: seeds) func shuffle(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var random = PythonRandom(seed: seed)
        var deck = Array(0..<20)
        random.shuffle(&deck)
        #expect(deck == expected.shuffleRange20)
    }

    @Test(arguments: seeds) func choice(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var random = PythonRandom(seed: seed)
        #expect((0..<10).map { _ in random.choice(expected.choicePool) } == expected.choice)
    }

    /// random(), gauss(0, 1), seed(seed), gauss(0, 1), gauss(0, 1), random(), getrandbits(40), uniform(-2, 3),
    /// _randbelow(1000), gauss(1, 2): re-seeding must also forget the cached second gauss value.
    @Test(arguments: seeds) func mixedCallsAndReseeding(seed: Int) throws {
        let expected = try Self.fixture(seed: seed)
        var random = PythonRandom(seed: seed)
        var drawn = [random.random(), random.gauss(0, 1)]
        random.seed(seed)
        drawn += [random.gauss(0, 1), random.gauss(0, 1), random.random(), Double(random.getrandbits(40))]
        drawn += [random.uniform(-2, 3), Double(random.randomBelow(1000)), random.gauss(1, 2)]
        #expect(bitPatterns(drawn) == bitPatterns(expected.mixed))
    }

    @Test func knownValuesOfSeed42() {
        var random = PythonRandom(seed: 42)
        #expect(random.random() == 0.6394267984578837)
        #expect(random.uniform(-1, 1) == -0.9499784895546661)
    }

    @Test func seedKeysAreAbsoluteValueWordsLeastSignificantFirst() {
        #expect(PythonRandom.key(for: 0) == [0])
        #expect(PythonRandom.key(for: 1337) == [1337])
        #expect(PythonRandom.key(for: -7) == [7])
        #expect(PythonRandom.key(for: 4_294_967_301) == [5, 1])
        #expect(PythonRandom.key(for: Int.min) == [0, 0x8000_0000])
    }

    @Test func negativeSeedDrawsLikeItsAbsoluteValue() {
        var negative = PythonRandom(seed: -1337)
        var positive = PythonRandom(seed: 1337)
        #expect(negative.random() == positive.random())
    }

    @Test func edgeCasesThatPythonWouldRaiseOn() {
        var random = PythonRandom(seed: 1)
        let empty: [Int] = []
        #expect(random.choice(empty) == nil)
        #expect(random.randomBelow(0) == 0)
        #expect(random.randomBelow(-5) == 0)
        #expect(random.getrandbits(0) == 0)
        var single = [7]
        random.shuffle(&single)
        #expect(single == [7])
        var none: [Int] = []
        random.shuffle(&none)
        #expect(none.isEmpty)
    }

    @Test func weightsForTheLectureNetworkComeFromUniform() {
        var random = PythonRandom(seed: 42)
        var source: some UniformSource = PythonRandom(seed: 42)
        #expect(source.uniform(-1, 1) == random.uniform(-1, 1))
    }
}
