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
    /// The ```` ```output ```` block directly after the cell, if any (for a notebook: its stored outputs' text).
    public var expected: ExpectedOutput?
    /// For a cell of a Jupyter notebook, its position among all the notebook's cells, from 1 (`demo.ipynb:cell 4`);
    /// nil in a Markdown lesson, whose cells are placed by file line.
    public var notebookCell: Int?
    /// For a cell of a Jupyter notebook, its nbformat `id`, when it has one.
    public var notebookID: String?

    /// Makes a cell.
    public init(
        index: Int, source: String, options: CellOptions = CellOptions(), fenceLine: Int, closingFenceLine: Int,
        expected: ExpectedOutput? = nil, notebookCell: Int? = nil, notebookID: String? = nil
    ) {
        self.index = index
        self.source = source
        self.options = options
        self.fenceLine = fenceLine
        self.closingFenceLine = closingFenceLine
        self.expected = expected
        self.notebookCell = notebookCell
        self.notebookID = notebookID
    }

    /// The cell's name in reports and for `-k`: `cell-3`, numbered among a lesson's cells, or among all the cells
    /// of a notebook (so that it agrees with `demo.ipynb:cell 3`).
    public var name: String { "cell-\(notebookCell ?? index + 1)" }
}
