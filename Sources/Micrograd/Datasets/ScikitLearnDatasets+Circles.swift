import Foundation

extension ScikitLearnDatasets {
    /// `sklearn.datasets.make_circles(n_samples=100, *, shuffle=True, noise=None, random_state=None, factor=0.8)`:
    /// a large circle around a smaller one.
    ///
    /// As scikit-learn 1.5.2 runs it: `n_out = n // 2` points `(cos t, sin t)` for `t` in
    /// `linspace(0, 2π, n_out, endpoint=False)`, label 0; `n_in = n - n_out` points `(cos t · factor,
    /// sin t · factor)` on their own such linspace, label 1; then the shuffle and the noise exactly as in
    /// `makeMoons`.
    ///
    /// Errors: `n_samples < 0`, a bad noise or seed, and `factor` outside [0, 1) are sklearn's
    /// `InvalidParameterError` (in that order); a tuple that is not a pair is
    /// `ValueError: When a tuple, n_samples must have exactly two elements.`
    public static func makeCircles(
        nSamples: SampleCount = .total(100), shuffle: Bool = true, noise: Double? = nil,
        randomState: RandomStateArgument, factor: Double = 0.8, state: inout NumPyRandomState
    ) throws(LibraryError) -> LabelledSamples {
        let function = "make_circles"
        if case .total(let n) = nSamples { try requireAtLeast(n, 0, "n_samples", of: function) }
        if let noise { try requireHalfOpen(noise, 0, .infinity, "noise", of: function) }
        try validate(randomState, of: function)
        try requireHalfOpen(factor, 0, 1, "factor", of: function)

        let (outerCount, innerCount) = try split(
            nSamples, notAPair: "When a tuple, n_samples must have exactly two elements.")
        return try withGenerator(randomState, &state) { (generator) throws(LibraryError) in
            let fullTurn = 2 * Double.pi
            let outer = try NumPyLinspace.values(from: 0, to: fullTurn, count: outerCount, endpoint: false)
            let inner = try NumPyLinspace.values(from: 0, to: fullTurn, count: innerCount, endpoint: false)
            let first = outer.flatMap { t in [cos(t), sin(t)] }
            let second = inner.flatMap { t in [cos(t) * factor, sin(t) * factor] }
            return try twoClasses(first, second, shuffle: shuffle, noise: noise, &generator)
        }
    }
}
