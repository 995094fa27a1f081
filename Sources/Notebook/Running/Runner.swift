import MicrogradScript

/// Runs a lesson's cells in order in one fresh `Session`, like restarting a Jupyter kernel and running all.
///
/// The session's seed is the front matter's `seed` (0 by default); each cell's step budget is its `budget=`
/// option, else the lesson's `budget`, else the default limit. A `skip` cell does not run. A failing cell does
/// not stop the lesson: its error is its last output and later cells still run. Error positions are moved from
/// cell lines and columns to file lines and columns. The runner holds no state, so lessons can run in parallel.
public struct Runner: Sendable {
    /// The limits every session starts from (the lesson's `budget` then replaces `steps`).
    public var limits: Limits

    /// Makes a runner with Gradbook's default limits unless told otherwise.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Runs every cell of `document` and pairs it with its outputs. `beforeCell` is told each cell as it
    /// starts, so a progress line can name it; it must not block.
    public func run(_ document: Document, beforeCell: (Cell) -> Void = { _ in }) -> RunResult {
        var sessionLimits = limits
        if let budget = document.frontMatter.budget { sessionLimits.steps = budget }
        let session = Session(seed: document.frontMatter.seed ?? 0, limits: sessionLimits)
        let lines = SourceLines(document.source)
        let results = document.cells.map { cell in
            beforeCell(cell)
            guard !cell.options.skip else { return CellResult(cell: cell, outputs: [], ran: false) }
            let outputs = session.run(
                cell.source, stepBudget: cell.options.budget ?? document.frontMatter.budget, firstLine: cell.line)
            return CellResult(cell: cell, outputs: outputs.map { locate($0, in: cell, lines: lines, path: document.path) })
        }
        return RunResult(document: document, cells: results)
    }

    /// Moves an error from the cell's coordinates to the file's. A fence indented by N spaces has up to N
    /// spaces taken off each source line (as CommonMark reads it), so columns move by what was taken.
    private func locate(_ output: Output, in cell: Cell, lines: SourceLines, path: String) -> Output {
        guard case .error(let diagnostic) = output else { return output }
        var located = diagnostic.shifted(byLines: cell.line - 1, file: path)
        let indent = Fence(line: lines.markdown(cell.fenceLine))?.indent ?? 0
        if indent > 0, located.line > cell.fenceLine, located.line < cell.closingFenceLine {
            located.column += lines.content(located.line).prefix(indent).prefix(while: { $0 == " " }).count
        }
        return .error(located)
    }
}
