import Foundation

extension ScikitLearnDatasets {
    /// `sklearn.datasets.make_moons(n_samples=100, *, shuffle=True, noise=None, random_state=None)`: two
    /// interleaving half circles.
    ///
    /// The body, step by step as scikit-learn 1.5.2 runs it:
    /// 1. `n_out = n // 2` outer points `(cos t, sin t)` for `t` in `linspace(0, π, n_out)`, label 0; then
    ///    `n_in = n - n_out` inner points `(1 - cos t, 1 - sin t - 0.5)` for `t` in `linspace(0, π, n_in)`, label 1.
    /// 2. With `shuffle`, `np.arange(n)` is shuffled and rows and labels are taken in that order.
    /// 3. With `noise` (even 0.0; `nil` draws nothing), `normal(scale=noise, size=(n, 2))` is added, x then y of
    ///    each row in turn.
    ///
    /// `cos` and `sin` are the C library's, which numpy 1.26 also calls for float64 (its SIMD versions are compiled
    /// out), so the points agree bit for bit with numpy on the same libm (checked on glibc; another libm may move a
    /// coordinate by an ulp).
    ///
    /// Errors: `n_samples < 1`, a negative or non-finite noise, or a seed outside [0, 2³² − 1] are sklearn's
    /// `InvalidParameterError`; a tuple that is not a pair is ValueError "`n_samples` can be either an int or a
    /// two-element tuple."; a negative count in a pair is numpy's linspace ValueError; noise `-0.0` passes
    /// validation and is numpy's `ValueError: scale < 0`.
    public static func makeMoons(
        nSamples: SampleCount = .total(100), shuffle: Bool = true, noise: Double? = nil,
        randomState: RandomStateArgument, state: inout NumPyRandomState
    ) throws(LibraryError) -> LabelledSamples {
        let function = "make_moons"
        if case .total(let n) = nSamples { try requireAtLeast(n, 1, "n_samples", of: function) }
        if let noise { try requireHalfOpen(noise, 0, .infinity, "noise", of: function) }
        try validate(randomState, of: function)

        let (outerCount, innerCount) = try split(
            nSamples, notAPair: "`n_samples` can be either an int or a two-element tuple.")
        return try withGenerator(randomState, &state) { (generator) throws(LibraryError) in
            let outer = try NumPyLinspace.values(from: 0, to: Double.pi, count: outerCount)
            let inner = try NumPyLinspace.values(from: 0, to: Double.pi, count: innerCount)
            let first = outer.flatMap { t in [cos(t), sin(t)] }
            let second = inner.flatMap { t in [1 - cos(t), 1 - sin(t) - 0.5] }
            return try twoClasses(first, second, shuffle: shuffle, noise: noise, &generator)
        }
    }

    /// The outer and inner counts of `n_samples`: `n // 2` and the rest, or the pair; a tuple that is not a pair
    /// is a ValueError with `message` (its wording differs between the generators).
    static func split(_ count: SampleCount, notAPair message: String) throws(LibraryError) -> (outer: Int, inner: Int) {
        switch count {
        case .total(let n):
            let outer = n >= 0 ? n / 2 : (n - 1) / 2  // Python's floor division
            return (outer, n - outer)
        case .tuple(let counts):
            guard counts.count == 2 else { throw .valueError(message) }
            return (counts[0], counts[1])
        }
    }
}
