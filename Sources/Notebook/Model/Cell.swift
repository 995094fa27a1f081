/// A ```` ```micrograd ```` fenced block: code to run, its options and, when present, its expected output.
public struct Cell: Equatable, Sendable {
    /// The cell's position among the lesson's cells, from 0.
    public var index: Int
    /// The code between the fences, ending with a newline unless empty.
    public var source: String
    /// The options written after `micrograd` in the info string.
    public var options: CellOptions
    /// The file line (from 1) of the opening fence.
    public var fenceLine: Int
    /// The file line of the closing fence.
    public var closingFenceLine: Int
    /// The file line of the first source line (the one after the fence): diagnostics move by `line - 1`.
    public var line: Int { fenceLine + 1 }
    /// The ```` ```output ```` block directly after the cell, if any.
    public var expected: ExpectedOutput?

    /// Makes a cell.
    public init(
        index: Int, source: String, options: CellOptions = CellOptions(), fenceLine: Int, closingFenceLine: Int,
        expected: ExpectedOutput? = nil
    ) {
        self.index = index
        self.source = source
        self.options = options
        self.fenceLine = fenceLine
        self.closingFenceLine = closingFenceLine
        self.expected = expected
    }
}
