/// What a cell's info string asks for: ```` ```micrograd hide budget=5000000 tolerance=1e-6 ````.
public struct CellOptions: Equatable, Sendable {
    /// Show the cell's outputs but not its source on the page.
    public var hide: Bool
    /// Do not run the cell (it is shown, and `check` ignores it).
    public var skip: Bool
    /// The cell must stop with an error; its error text is its expected output.
    public var expectError: Bool
    /// Interpreter steps for this cell, overriding the lesson's `budget`.
    public var budget: Int?
    /// Relative tolerance for numbers in this cell's output, overriding the lesson's and `--tolerance`.
    public var tolerance: Double?

    /// Makes options; by default none is set.
    public init(
        hide: Bool = false, skip: Bool = false, expectError: Bool = false, budget: Int? = nil, tolerance: Double? = nil
    ) {
        self.hide = hide
        self.skip = skip
        self.expectError = expectError
        self.budget = budget
        self.tolerance = tolerance
    }
}
