import Micrograd

/// One lesson's interpreter state, like one Jupyter kernel: cells run in order and share their names, the random
/// generator and the engine's values.
///
/// A session owns everything it touches and holds no global state, so sessions can run side by side.
/// CONTRACT STUB: the interpreter replaces this body; the public signatures stay.
public final class Session {
    /// The bounds every cell runs under.
    public let limits: Limits

    /// A fresh session whose generator is seeded with `seed` (0 unless the notebook sets one).
    public init(seed: Int = 0, limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Runs one cell's source and returns its outputs in order. `stepBudget` overrides `limits.steps` for
    /// this cell. Errors never escape: an error that stops the cell is its last output.
    public func run(_ source: String, stepBudget: Int? = nil) -> [Output] {
        [.error(Diagnostic(line: 1, column: 1, kind: "NotImplementedError", message: "the interpreter is not built yet"))]
    }
}
