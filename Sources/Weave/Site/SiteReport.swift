import MicrogradScript
import Notebook

/// What happened when a site was rendered: pages written, and everything worth telling on stderr.
public struct SiteReport: Equatable, Sendable {
    /// Paths of the pages written, index included; a page that was up to date is not written again.
    public var written: [String] = []
    /// Cell errors, warnings and write failures, in lesson order, each printable as `path:line:col: …`.
    /// An up-to-date lesson reports what it reported when it last ran.
    public var diagnostics: [Diagnostic] = []
    /// Lessons that could not be read or whose front matter is invalid, with their full reports.
    public var invalidLessons: [String] = []
    /// Cells that failed when they should not have.
    public var unexpectedFailures = 0
    /// Pages that could not be written (the previous page, if any, is kept).
    public var unwritablePages = 0
    /// Each rendered lesson's text by path, so `messages` can quote the line a diagnostic points at.
    public var sources: [String: String] = [:]
    /// Every lesson, in order: whether it ran and why (`--explain`).
    public var lessons: [LessonOutcome] = []
    /// The closing summary line for stderr (lessons, cells, failures, time), or nil when progress is silent.
    public var summary: String?

    /// 2 when a lesson was invalid, else 1 when a cell failed unexpectedly or a page was not written, else 0.
    public var exitCode: Int32 {
        if !invalidLessons.isEmpty { return 2 }
        return unexpectedFailures > 0 || unwritablePages > 0 ? 1 : 0
    }

    /// Everything for stderr: each problem as `path:line:col: error: message` with its source line and a caret,
    /// lesson by lesson in file order.
    public var messages: [String] {
        var files: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.file ?? ""
            if byFile[file] == nil { files.append(file) }
            byFile[file, default: []].append(diagnostic)
        }
        let located = files.flatMap { file in
            (byFile[file] ?? []).enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
                .map { DiagnosticQuote.render($0.element, source: sources[file]) }
        }
        return invalidLessons + located
    }

    /// One `--explain` line per lesson, in order.
    public var explanations: [String] { lessons.map(\.explanation) }

    /// Lessons that ran, and lessons whose page was kept.
    public var counts: (rerun: Int, upToDate: Int) {
        lessons.reduce(into: (0, 0)) { counts, lesson in
            if case .rendered = lesson.status { counts.0 += 1 }
            if lesson.status == .upToDate { counts.1 += 1 }
        }
    }
}
