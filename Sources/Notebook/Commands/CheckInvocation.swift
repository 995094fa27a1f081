import Foundation
import MicrogradScript

/// `gradbook check [PATH…]`: re-runs lessons and compares every cell with its expected block; with `update`,
/// writes fresh outputs into the lessons instead of failing on mismatches.
///
/// Lessons run in parallel but are reported in sorted path order, so the output is the same on every run.
public struct CheckInvocation: Sendable {
    /// Files or folders; `Notebooks` when empty.
    public var paths: [String]
    /// `--tolerance`: the relative tolerance for lessons and cells that set none.
    public var tolerance: Double?
    /// `--update`: rewrite the expected blocks that differ.
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
    /// How progress and the closing summary show on stderr (`silent` adds nothing to the outcome).
    public var progress: ProgressMode

    /// Makes an invocation.
    public init(
        paths: [String] = [], tolerance: Double? = nil, update: Bool = false, junitPath: String? = nil,
        style: ConsoleStyle = .plain, limits: Limits = Limits(), jobs: Int? = nil, shard: Shard? = nil,
        progress: ProgressMode = .silent
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
    }

    /// Checks (or updates) every lesson. Exit 0 when all pass, 1 on a mismatch or unexpected error, 2 for an
    /// invalid or unreadable lesson, a missing path or a file that cannot be written.
    public func perform() -> CommandOutcome {
        var outcome = CommandOutcome()
        if let tolerance, !(tolerance.isFinite && tolerance >= 0) {
            outcome.complain("error: --tolerance must be a number of 0 or more")
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        if let jobs, !(1...ParallelMap.maximumJobs).contains(jobs) {
            outcome.complain("error: --jobs must be from 1 to \(ParallelMap.maximumJobs)")
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
        let results = ParallelMap.map(files, jobs: jobs) { index, path in
            Self.check(path, position: index, limits: limits, tolerance: tolerance, reporter: reporter)
        }
        reporter.finish()
        var checks: [LessonCheck] = []
        var errors: [LessonError] = []
        var writeFailed = false
        for result in results {
            switch result {
            case .failure(let error):
                errors.append(error)
                outcome.complain(error.report)
            case .success(var check):
                if update { writeFailed = !write(&check, into: &outcome) || writeFailed }
                for verdict in check.failures {
                    outcome.say(CheckReport.describe(verdict, source: check.run.document.source, style: style))
                }
                checks.append(check)
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
        }
        outcome.say(CheckReport.summary(checks: checks, errors: errors, style: style))
        let verdicts = checks.flatMap(\.verdicts)
        if let summary = reporter.summary(
            lessons: files.count, detail: shard.map { "shard \($0) of \(found.count)" }, cells: verdicts.count,
            failures: verdicts.filter(\.failed).count + errors.count, verb: update ? "updated" : "checked")
        {
            outcome.complain(summary)
        }
        if !errors.isEmpty || writeFailed {
            outcome.exitCode = ExitStatus.usage
        } else if checks.contains(where: { !$0.passed }) {
            outcome.exitCode = ExitStatus.failure
        }
        return outcome
    }

    /// Loads and checks one lesson, telling `reporter` as it goes.
    private static func check(
        _ path: String, position: Int, limits: Limits, tolerance: Double?, reporter: ProgressReporter
    ) -> Result<LessonCheck, LessonError> {
        reporter.started(position)
        let checker = Checker(runner: Runner(limits: limits), tolerance: tolerance)
        do throws(LessonError) {
            let document = try LessonParser.load(path: path)
            let run = checker.runner.run(document) { cell in
                reporter.cell(cell.index, of: document.cells.count, inLesson: position)
            }
            let check = checker.judge(run)
            let failures = check.failures.count
            reporter.finished(
                position,
                line: "\(path): \(ProgressLine.count(check.verdicts.count, "cell")), "
                    + (failures == 0 ? "passed" : ProgressLine.count(failures, "failure")))
            return .success(check)
        } catch {
            reporter.finished(position, line: "\(path): invalid lesson")
            return .failure(error)
        }
    }

    /// Writes the lesson's updates (refusing if the file changed since it was read) and marks the updated
    /// cells as passed. Returns false when the file could not be written.
    private func write(_ check: inout LessonCheck, into outcome: inout CommandOutcome) -> Bool {
        let updates = check.updates
        guard !updates.isEmpty else { return true }
        let document = check.run.document
        let text = LessonUpdater.apply(updates, to: document)
        do {
            try LessonWriter.write(text, to: document.path, replacing: document.source)
        } catch {
            outcome.complain(error.description)
            return false
        }
        let indices = updates.keys.sorted()
        let lines = check.run.cells.filter { indices.contains($0.cell.index) }.map { String($0.cell.fenceLine) }
        outcome.say("\(document.path): updated the output of \(indices.count) cell\(indices.count == 1 ? "" : "s") (line\(lines.count == 1 ? "" : "s") \(lines.joined(separator: ", ")))")
        check.verdicts = check.verdicts.map { verdict in
            var verdict = verdict
            switch verdict.status {
            case .mismatch, .missingExpected: verdict.status = .passed
            default: break
            }
            return verdict
        }
        return true
    }
}
