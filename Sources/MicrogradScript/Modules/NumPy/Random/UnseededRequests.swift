import Micrograd

/// The session's count of unseeded requests for numpy's generator (`np.random.seed()`, `RandomState()`), which
/// Gradbook answers without OS entropy: the `n`-th such request is keyed by `n` and the lesson's seed (see
/// `NumPyRandomState.init(entropyFreeSeed:ordinal:)`). The global state the session starts with is request 0.
final class UnseededRequests {
    /// The lesson's seed (its front matter's `seed:`, 0 otherwise).
    let lessonSeed: Int
    private var nextOrdinal = 1

    init(lessonSeed: Int) { self.lessonSeed = lessonSeed }

    /// The state for the global generator at the session's start.
    var initialState: NumPyRandomState { NumPyRandomState(entropyFreeSeed: lessonSeed, ordinal: 0) }

    /// The state for the next unseeded request.
    func nextState() -> NumPyRandomState {
        defer { nextOrdinal += 1 }
        return NumPyRandomState(entropyFreeSeed: lessonSeed, ordinal: nextOrdinal)
    }
}
