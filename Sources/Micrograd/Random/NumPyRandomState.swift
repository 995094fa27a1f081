/// numpy 1.26's legacy `numpy.random.RandomState`, bit for bit: the same seeding, the same draws from the Mersenne
/// Twister, and the same algorithms for each method, so a lesson seeded with `np.random.seed(1337)` gets numpy's
/// numbers.
///
/// ```swift
/// var state = try NumPyRandomState(seed: 0)
/// state.randomSample()          // 0.5488135039273248, as np.random.RandomState(0).random_sample()
/// try state.randint(10)         // as .randint(10) next
/// ```
///
/// The state is the generator plus the cached second value of the polar Gauss method (`standardNormal` makes
/// values in pairs); seeding resets both. A value type: the interpreter keeps one in a box for the global
/// `np.random` functions and one for each `RandomState` object a lesson makes.
///
/// Methods that take a `shape` are numpy's calls with `size=shape` and return the elements in C order; the ones
/// without are `size=None`. Arguments numpy rejects throw `LibraryError` with numpy's exception and message.
/// Validation happens before any draw, in numpy's order, so a rejected call leaves the state unchanged.
public struct NumPyRandomState: Sendable {
    var generator: MersenneTwister
    /// `aug_state.gauss` when `has_gauss` is set: the second value of the last polar pair, returned next.
    var cachedGauss: Double?

    /// `RandomState(seed)` for an integer seed: `ValueError: Seed must be between 0 and 2**32 - 1` outside that
    /// range. The state comes from `init_genrand(seed)` alone (unlike CPython's `random.seed`).
    public init(seed: Int) throws(LibraryError) {
        guard let word = UInt32(exactly: seed) else { throw Self.seedOutOfRange }
        generator = MersenneTwister(seed: word)
        cachedGauss = nil
    }

    /// `RandomState([k0, k1, …])` for a 1-D sequence of integers, keyed by `init_by_array`. An empty sequence is
    /// `ValueError: Seed must be non-empty`; an element outside [0, 2³² − 1] is the integer seed's error.
    /// (Nested sequences are the caller's: `ValueError: Seed array must be 1-d`.)
    public init(seedSequence: [Int]) throws(LibraryError) {
        guard !seedSequence.isEmpty else { throw .valueError("Seed must be non-empty") }
        var key: [UInt32] = []
        key.reserveCapacity(seedSequence.count)
        for element in seedSequence {
            guard let word = UInt32(exactly: element) else { throw Self.seedOutOfRange }
            key.append(word)
        }
        generator = MersenneTwister(key: key)
        cachedGauss = nil
    }

    /// What `RandomState()`, `RandomState(None)` and `seed(None)` mean in Gradbook, which reads no OS entropy.
    ///
    /// numpy seeds those from `/dev/urandom`; a lesson must give the same bytes on every run, so Gradbook keys the
    /// generator instead with the lesson's seed and a counter the session keeps: the `ordinal`-th unseeded request
    /// of a session (0 for the global state the session starts with, then 1, 2, … for each later `RandomState()`
    /// or `seed(None)`, whichever object it is for) is `RandomState([ordinal, lessonSeed & 0xffffffff,
    /// (lessonSeed >> 32) & 0xffffffff])` — in numpy too, so a reader can reproduce it. Distinct ordinals give
    /// distinct streams; the same lesson gives the same stream on every run.
    public init(entropyFreeSeed lessonSeed: Int, ordinal: Int) {
        let bits = UInt64(bitPattern: Int64(lessonSeed))
        let key = [
            UInt32(truncatingIfNeeded: ordinal), UInt32(truncatingIfNeeded: bits),
            UInt32(truncatingIfNeeded: bits >> 32),
        ]
        generator = MersenneTwister(key: key)
        cachedGauss = nil
    }

    /// `seed(seed)` for an integer: the state `RandomState(seed)` starts in, with the Gauss cache cleared. A
    /// rejected seed leaves the state as it was, as in numpy.
    public mutating func seed(_ seed: Int) throws(LibraryError) {
        self = try NumPyRandomState(seed: seed)
    }

    /// `seed([k0, k1, …])`: the state `RandomState(seedSequence:)` starts in.
    public mutating func seed(sequence: [Int]) throws(LibraryError) {
        self = try NumPyRandomState(seedSequence: sequence)
    }

    /// `seed(None)` in Gradbook: see `init(entropyFreeSeed:ordinal:)` for the rule.
    public mutating func seedWithoutEntropy(lessonSeed: Int, ordinal: Int) {
        self = NumPyRandomState(entropyFreeSeed: lessonSeed, ordinal: ordinal)
    }

    private static let seedOutOfRange = LibraryError.valueError("Seed must be between 0 and 2**32 - 1")
}
