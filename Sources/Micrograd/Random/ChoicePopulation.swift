/// What `choice(a, …)` chooses from, as far as the draws and numpy's messages depend on it.
public enum ChoicePopulation: Sendable, Equatable {
    /// `a` is an integer: choose from `np.arange(a)`; the results are the chosen integers.
    case range(Int)
    /// `a` is a 1-D array or list of `count` elements; the results are indices into it.
    case elements(count: Int)

    /// The number of candidates.
    var size: Int {
        switch self {
        case .range(let n): n
        case .elements(let count): count
        }
    }

    /// numpy's refusal of an empty population when samples are taken: the message names the kind of `a`.
    func emptinessError() -> LibraryError? {
        switch self {
        case .range(let n) where n <= 0:
            .valueError("a must be greater than 0 unless no samples are taken")
        case .elements(let count) where count == 0:
            .valueError("'a' cannot be empty unless no samples are taken")
        default:
            nil
        }
    }
}
