/// A lesson after running: the document and, for each of its cells in order, what the cell produced.
public struct RunResult: Equatable, Sendable {
    /// The lesson that ran.
    public var document: Document
    /// One result per cell of `document.cells` that the run reached, in the same order: all of them, unless the
    /// run was asked to stop early (a selection, or `--fail-fast`).
    public var cells: [CellResult]

    /// Makes a run result.
    public init(document: Document, cells: [CellResult]) {
        self.document = document
        self.cells = cells
    }

    /// Cells that failed when they should not have (an error without `expect-error`, or no error with it).
    public var unexpectedFailures: [CellResult] { cells.filter(\.failedUnexpectedly) }
}
