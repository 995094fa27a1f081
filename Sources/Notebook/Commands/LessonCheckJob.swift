import Foundation

/// Checks (and with `--update`, updates) one lesson of a `check` run, on whatever thread runs it, telling the
/// progress reporter as it goes. The line it reports for the lesson is written after any update, so it states
/// the lesson's final state.
struct LessonCheckJob: Sendable {
    /// What became of one lesson.
    enum Result: Sendable {
        /// The lesson could not be read.
        case invalid(LessonError)
        /// The lesson ran; `report` says what `--update` wrote.
        case checked(LessonCheck, LessonUpdate.Report)
        /// `-k` selected none of its cells, so it did not run.
        case deselected(LessonCheck)
        /// `--fail-fast` stopped the run before this lesson.
        case notReached
    }

    let checker: Checker
    let update: Bool
    let failFast: Bool
    let mapping: @Sendable (Document) -> JupyterOutputMapping
    let style: ConsoleStyle
    let reporter: ProgressReporter
    private let stop = StopFlag()

    /// A job that checks with `checker`, and updates with `mapping` when `update`.
    init(
        checker: Checker, update: Bool, failFast: Bool, mapping: @escaping @Sendable (Document) -> JupyterOutputMapping,
        style: ConsoleStyle,
        reporter: ProgressReporter
    ) {
        self.checker = checker
        self.update = update
        self.failFast = failFast
        self.mapping = mapping
        self.style = style
        self.reporter = reporter
    }

    /// Checks the lesson at `path`, lesson `position` of the run.
    func run(_ path: String, position: Int) -> Result {
        if failFast, stop.isSet {
            reporter.finished(position, line: "\(path): not checked (--fail-fast)")
            return .notReached
        }
        reporter.started(position)
        let document: Document
        do throws(LessonError) {
            document = try LessonParser.load(path: path)
        } catch {
            reporter.finished(position, line: "\(path): invalid lesson")
            stop.set()
            return .invalid(error)
        }
        var check = checker.check(document) { cell in
            reporter.cell(cell.index, of: document.cells.count, inLesson: position)
        }
        if check.verdicts.isEmpty, check.notRun == 0, checker.selection != nil {
            reporter.finished(position, line: "\(path): no cell selected")
            return .deselected(check)
        }
        var report = LessonUpdate.Report()
        if update { report = LessonUpdate.write(&check, mapping: mapping(document), style: style) }
        if !check.passed { stop.set() }
        var line = "\(path): \(ProgressLine.count(check.verdicts.count, "cell"))"
        if report.cells > 0 { line += ", \(report.cells) updated" }
        let failures = check.failures.count
        line += ", " + (failures == 0 ? "passed" : ProgressLine.count(failures, "failure"))
        if report.failure != nil { line += ", not written" }
        reporter.finished(position, line: line)
        return .checked(check, report)
    }
}

/// Set once, by any thread, when a lesson fails: `--fail-fast` checks it before starting the next lesson.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    /// True once a lesson failed.
    var isSet: Bool { lock.withLock { value } }

    /// Says a lesson failed.
    func set() { lock.withLock { value = true } }
}
