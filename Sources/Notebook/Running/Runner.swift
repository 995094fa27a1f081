import MicrogradScript

/// Runs a lesson's cells in order in one fresh `Session`, like restarting a Jupyter kernel and running all.
///
/// The session's seed is the front matter's `seed` (0 by default); each cell's step budget is its `budget=`
/// option, else the lesson's `budget`, else the default limit. A `skip` cell does not run. A failing cell does
/// not stop the lesson: its error is its last output and later cells still run. Error positions are moved from
/// cell lines to file lines. The runner holds no state, so lessons can run in parallel.
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
        let results = document.cells.map { cell in
            beforeCell(cell)
            guard !cell.options.skip else { return CellResult(cell: cell, outputs: [], ran: false) }
            let outputs = session.run(cell.source, stepBudget: cell.options.budget ?? document.frontMatter.budget)
            return CellResult(cell: cell, outputs: outputs.map { locate($0, in: cell, path: document.path) })
        }
        return RunResult(document: document, cells: results)
    }

    private func locate(_ output: Output, in cell: Cell, path: String) -> Output {
        guard case .error(let diagnostic) = output else { return output }
        return .error(diagnostic.shifted(byLines: cell.line - 1, file: path))
    }
}
