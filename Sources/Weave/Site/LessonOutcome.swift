import MicrogradScript

/// What became of one lesson in a site render: re-run, reused from the cache, or not rendered.
public struct LessonOutcome: Equatable, Sendable {
    /// Whether the lesson ran, and why.
    public enum Status: Equatable, Sendable {
        /// The lesson ran and its page was woven; the reason says why (`--explain`).
        case rendered(reason: String)
        /// Nothing it depends on changed, so its page was kept and its last report replayed.
        case upToDate
        /// The lesson could not be read or parsed; its previous page, if any, is kept.
        case invalid
    }

    /// The lesson's path as given.
    public var path: String
    /// Its page's file name in the output folder.
    public var page: String
    /// Ran, reused or invalid.
    public var status: Status
    /// Its number of cells.
    public var cells = 0
    /// Cells that failed when they should not have.
    public var unexpectedFailures = 0
    /// Cell errors, warnings and write failures, in order.
    public var diagnostics: [Diagnostic] = []
    /// The page's path when it was written in this render.
    public var written: String?
    /// True when the page could not be written.
    public var unwritable = false

    /// `PATH: up to date`, `PATH: re-run: the lesson changed`: one `--explain` line.
    public var explanation: String {
        switch status {
        case .rendered(let reason): "\(path): re-run: \(reason)"
        case .upToDate: "\(path): up to date: nothing it depends on changed"
        case .invalid: "\(path): not rendered: the lesson is invalid"
        }
    }

    /// The plain progress line: `PATH: rendered, 9 cells` (`up to date`, `invalid lesson`, `1 failure`).
    var progressLine: String {
        switch status {
        case .invalid:
            return "\(path): invalid lesson"
        case .rendered, .upToDate:
            var line = "\(path): \(status == .upToDate ? "up to date" : "rendered"), \(cellsText)"
            if unexpectedFailures > 0 { line += ", \(unexpectedFailures) failed" }
            return line
        }
    }

    private var cellsText: String { "\(cells) cell\(cells == 1 ? "" : "s")" }
}
