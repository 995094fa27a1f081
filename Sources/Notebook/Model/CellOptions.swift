/// What a cell's info string asks for: ```` ```micrograd hide budget=5000000 tolerance=1e-6 ````.
public struct CellOptions: Equatable, Sendable {
    /// Show the cell's outputs but not its source on the page.
    public var hide: Bool
    /// Do not run the cell (it is shown, and `check` ignores it).
    public var skip: Bool
    /// The cell must stop with an error; its error text is its expected output.
    public var expectError: Bool
    /// Run the cell but do not compare its output (nbval's `nbval-ignore-output`); an unexpected error still fails.
    public var ignoreOutput: Bool
    /// Interpreter steps for this cell, overriding the lesson's `budget`.
    public var budget: Int?
    /// Relative tolerance for numbers in this cell's output, overriding the lesson's and `--tolerance`.
    public var tolerance: Double?

    /// Makes options; by default none is set.
    public init(
        hide: Bool = false, skip: Bool = false, expectError: Bool = false, ignoreOutput: Bool = false, budget: Int? = nil,
        tolerance: Double? = nil
    ) {
        self.hide = hide
        self.skip = skip
        self.expectError = expectError
        self.ignoreOutput = ignoreOutput
        self.budget = budget
        self.tolerance = tolerance
    }
}

extension CellOptions {
    /// The options as the words of an info string, in a fixed order: what `import` writes after `micrograd`.
    public var words: [String] {
        var words: [String] = []
        if hide { words.append("hide") }
        if skip { words.append("skip") }
        if expectError { words.append("expect-error") }
        if ignoreOutput { words.append("ignore-output") }
        if let budget { words.append("budget=\(budget)") }
        if let tolerance { words.append("tolerance=\(tolerance)") }
        return words
    }
}
