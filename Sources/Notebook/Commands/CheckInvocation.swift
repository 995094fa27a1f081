import Foundation
import MicrogradScript

/// `gradbook check [PATH…]`: re-runs lessons (Markdown or notebooks) and compares every cell with its expected
/// output; with `update`, writes fresh outputs into the lessons instead of failing on mismatches.
///
/// Lessons run in parallel but are reported in sorted path order, so the output is the same on every run.
/// Standard output gets the reports and one closing summary; standard error only progress (and unreadable
/// lessons), so the counts are said once.
public struct CheckInvocation: Sendable {
    /// Files or folders; `Notebooks` when empty.
    public var paths: [String]
    /// `--tolerance`: the relative tolerance for lessons and cells that set none.
    public var tolerance: Double?
    /// `--update`: rewrite the expected outputs that differ.
    public var update: Bool
    /// `--junit FILE`: where to write the JUnit XML report.
    public var junitPath: String?
    /// Colours for diffs and the summary.
    public var style: ConsoleStyle
    /// The limits cells run under.
    public var limits: Limits
    /// `--jobs N`: lessons checked at once (the number of cores when nil).
    public var jobs: Int?
    /// `--shard I/N`: check only this slice of the lessons found.
    public var shard: Shard?
    /// How progress shows on stderr (`silent` adds nothing to the outcome).
    public var progress: ProgressMode
    /// `-k EXPRESSION`: check only the cells it selects (see `CellSelection`).
    public var selection: String?
    /// `--fail-fast`: stop at the first failing cell; lessons are then checked one at a time, in order.
    public var failFast: Bool
    /// `--sanitize FILE`: a file of nbval sanitizers applied to every lesson.
    public var sanitizeFile: String?
    /// How `--update` writes a lesson's outputs into a notebook (the CLI lets Weave draw pictures as SVG).
    public var notebookOutputs: @Sendable (Document) -> JupyterOutputMapping

    /// Makes an invocation.
    public init(
        paths: [String] = [], tolerance: Double? = nil, update: Bool = false, junitPath: String? = nil,
        style: ConsoleStyle = .plain, limits: Limits = Limits(), jobs: Int? = nil, shard: Shard? = nil,
        progress: ProgressMode = .silent, selection: String? = nil, failFast: Bool = false, sanitizeFile: String? = nil,
        notebookOutputs: @escaping @Sendable (Document) -> JupyterOutputMapping = { _ in JupyterOutputMapping() }
    ) {
        self.paths = paths
        self.tolerance = tolerance
        self.update = update
        self.junitPath = junitPath
        self.style = style
        self.limits = limits
        self.jobs = jobs
        self.shard = shard
        self.progress = progress
        self.selection = selection
        self.failFast = failFast
        self.sanitizeFile = sanitizeFile
        self.notebookOutputs = notebookOutputs
    }

    /// Checks (or updates) every lesson. Exit 0 when all pass, 1 on a mismatch or unexpected error (also one
    /// left after `--update`), 2 for bad usage, an invalid or unreadable lesson, a missing path or a file that
    /// cannot be written.
    public func perform() -> CommandOutcome {
        var outcome = CommandOutcome()
        let checker: Checker
        switch makeChecker() {
        case .success(let made): checker = made
        case .failure(let problem):
            outcome.complain(problem.description)
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        let found: [String]
        do {
            found = try LessonFinder.lessons(in: paths.isEmpty ? ["Notebooks"] : paths)
        } catch {
            outcome.complain("error: \(error.description)")
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        let files = shard.map { $0.select(found) } ?? found
        let reporter = ProgressReporter(mode: progress, verb: update ? "updating" : "checking", paths: files)
        let job = LessonCheckJob(
            checker: checker, update: update, failFast: failFast, mapping: notebookOutputs, style: style, reporter: reporter)
        let results = ParallelMap.map(files, jobs: failFast ? 1 : jobs) { index, path in job.run(path, position: index) }
        reporter.finish()
        var checks: [LessonCheck] = []
        var errors: [LessonError] = []
        var writeFailed = false
        var updatedCells = 0
        var deselectedLessonsCells = 0
        for result in results {
            switch result {
            case .invalid(let error):
                errors.append(error)
                outcome.complain(error.report)
            case .checked(let check, let report):
                for line in report.lines { outcome.say(line) }
                if let failure = report.failure {
                    outcome.complain(failure)
                    writeFailed = true
                }
                updatedCells += report.cells
                for verdict in check.failures {
                    outcome.say(CheckReport.describe(verdict, in: check.run.document, style: style))
                }
                checks.append(check)
            case .deselected(let check):
                deselectedLessonsCells += check.deselected
            case .notReached:
                break
            }
        }
        if let junitPath {
            do {
                try AtomicFile.write(JUnitReport.xml(checks: checks, errors: errors), to: junitPath)
            } catch {
                outcome.complain("error: \(error.description)")
                writeFailed = true
            }
        }
        let searched = paths.isEmpty ? "Notebooks" : paths.joined(separator: ", ")
        if let shard, files.isEmpty, !found.isEmpty {
            outcome.say("shard \(shard) has no lessons (\(searched) has \(found.count))")
        } else if files.isEmpty {
            outcome.say("no lessons found in \(searched)")
        } else if let selection, checks.allSatisfy({ $0.verdicts.isEmpty }), errors.isEmpty {
            outcome.say("-k '\(selection)' selects no cell")
        }
        let notReached = results.filter { if case .notReached = $0 { true } else { false } }.count
        if notReached > 0 {
            outcome.say("stopped at the first failure (--fail-fast): \(ProgressLine.count(notReached, "lesson")) not checked")
        }
        if update, updatedCells > 0 {
            let lessons = results.filter { if case .checked(_, let report) = $0 { report.cells > 0 } else { false } }.count
            outcome.say("updated \(ProgressLine.count(updatedCells, "cell")) in \(ProgressLine.count(lessons, "lesson"))")
        }
        outcome.say(CheckReport.summary(checks: checks, errors: errors, deselected: deselectedLessonsCells, style: style))
        if let closing = reporter.closingLine(
            verb: update ? "updated" : "checked", lessons: files.count, detail: shard.map { "shard \($0) of \(found.count)" })
        {
            outcome.complain(closing)
        }
        if !errors.isEmpty || writeFailed {
            outcome.exitCode = ExitStatus.usage
        } else if checks.contains(where: { !$0.passed }) {
            outcome.exitCode = ExitStatus.failure
        }
        return outcome
    }

    /// The checker the options ask for, or the usage error that stops the command.
    private func makeChecker() -> Result<Checker, UsageProblem> {
        if let tolerance, !(tolerance.isFinite && tolerance >= 0) {
            return .failure(UsageProblem("error: --tolerance must be a number of 0 or more"))
        }
        if let jobs, !(1...ParallelMap.maximumJobs).contains(jobs) {
            return .failure(UsageProblem("error: --jobs must be from 1 to \(ParallelMap.maximumJobs)"))
        }
        var chosen: CellSelection?
        if let selection {
            switch CellSelection.parse(selection) {
            case .success(let parsed): chosen = parsed
            case .failure(let error): return .failure(UsageProblem("error: \(error.description)"))
            }
        }
        var sanitizers: [Sanitizer] = []
        if let sanitizeFile {
            switch SanitizerFile.load(path: sanitizeFile) {
            case .success(let loaded): sanitizers = loaded
            case .failure(let diagnostic): return .failure(UsageProblem(diagnostic.formatted))
            }
        }
        return .success(
            Checker(
                runner: Runner(limits: limits), tolerance: tolerance, sanitizers: sanitizers, selection: chosen,
                failFast: failFast))
    }
}

/// A message that ends a command with exit code 2 before any lesson runs.
struct UsageProblem: Error, CustomStringConvertible {
    var description: String
    /// Makes a problem that says `description`.
    init(_ description: String) { self.description = description }
}
