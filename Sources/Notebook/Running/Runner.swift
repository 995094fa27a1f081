import MicrogradScript

/// Runs a lesson's cells in order in one fresh `Session`, like restarting a Jupyter kernel and running all.
///
/// The session's seed is the front matter's `seed` (0 by default); each cell's step budget is its `budget=`
/// option, else the lesson's `budget`, else the default limit. A `skip` cell does not run. A failing cell does
/// not stop the lesson: its error is its last output and later cells still run. Error positions are moved from
/// cell lines and columns to the lesson's (`Document.file(of:)`: file lines, or a notebook cell's own lines).
/// The runner holds no state, so lessons can run in parallel.
public struct Runner: Sendable {
    /// The limits every session starts from (the lesson's `budget` then replaces `steps`).
    public var limits: Limits

    /// Makes a runner with Gradbook's default limits unless told otherwise.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Runs the cells of `document` and pairs each with its outputs and the time it took.
    ///
    /// - `through`: run only the cells up to this index (a selection needs the cells before it for their names).
    /// - `beforeCell`: told each cell as it starts, so a progress line can name it; it must not block.
    /// - `afterCell`: told each result; returning false stops the run there (`--fail-fast`).
    ///
    /// The result holds the cells that were reached, in order: all of them unless the run was cut short.
    public func run(
        _ document: Document, through lastIndex: Int? = nil, beforeCell: (Cell) -> Void = { _ in },
        afterCell: (CellResult) -> Bool = { _ in true }
    ) -> RunResult {
        var sessionLimits = limits
        if let budget = document.frontMatter.budget { sessionLimits.steps = budget }
        let session = Session(seed: document.frontMatter.seed ?? 0, limits: sessionLimits)
        let lines = SourceLines(document.format == .markdown ? document.source : "")
        var results: [CellResult] = []
        for cell in document.cells {
            if let lastIndex, cell.index > lastIndex { break }
            beforeCell(cell)
            let result: CellResult
            if cell.options.skip {
                result = CellResult(cell: cell, outputs: [], ran: false)
            } else {
                let start = ContinuousClock.now
                let outputs = session.run(
                    cell.source, stepBudget: cell.options.budget ?? document.frontMatter.budget,
                    firstLine: document.firstLine(of: cell))
                let elapsed = ContinuousClock.now - start
                result = CellResult(
                    cell: cell, outputs: outputs.map { locate($0, in: cell, of: document, lines: lines) },
                    seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            results.append(result)
            guard afterCell(result) else { break }
        }
        return RunResult(document: document, cells: results)
    }

    /// Moves an error from the cell's coordinates to the lesson's. In Markdown, a fence indented by N spaces has
    /// up to N spaces taken off each source line (as CommonMark reads it), so columns move by what was taken.
    private func locate(_ output: Output, in cell: Cell, of document: Document, lines: SourceLines) -> Output {
        guard case .error(let diagnostic) = output else { return output }
        var located = diagnostic.shifted(byLines: document.firstLine(of: cell) - 1, file: document.file(of: cell))
        guard document.format == .markdown else { return .error(located) }
        let indent = Fence(line: lines.markdown(cell.fenceLine))?.indent ?? 0
        if indent > 0, located.line > cell.fenceLine, located.line < cell.closingFenceLine {
            located.column += lines.content(located.line).prefix(indent).prefix(while: { $0 == " " }).count
        }
        return .error(located)
    }
}
