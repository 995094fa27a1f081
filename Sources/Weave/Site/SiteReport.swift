import MicrogradScript
import Notebook

/// What happened when a site was rendered: pages written, and everything worth telling on stderr.
public struct SiteReport: Equatable, Sendable {
    /// Paths of the pages written, index included; a page that was up to date is not written again.
    public var written: [String] = []
    /// Cell errors, warnings and write failures, in lesson order, each printable as `path:line:col: …`.
    /// An up-to-date lesson reports what it reported when it last ran.
    public var diagnostics: [Diagnostic] = []
    /// Lessons that could not be read or whose front matter is invalid.
    public var invalidLessons: [LessonError] = []
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

    /// 2 when a lesson was invalid, else 1 when a cell failed unexpectedly, a page was not written or anything
    /// else was reported as an error (a graph Graphviz could not draw), else 0. Warnings never fail a render.
    public var exitCode: Int32 {
        if !invalidLessons.isEmpty { return 2 }
        let errors = diagnostics.contains { $0.severity == .error }
        return unexpectedFailures > 0 || unwritablePages > 0 || errors ? 1 : 0
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
        return invalidLessons.map(\.report) + located
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

    /// The last line `render` prints: how many pages went where, then every failure, in path order, so the
    /// end of a long run says what to fix (`wrote 3 pages to Output; failures: a.md:2 (SyntaxError), …`).
    public func closingLine(outputDirectory: String) -> String {
        let line = "wrote \(written.count) page\(written.count == 1 ? "" : "s") to \(outputDirectory)"
        var failures = invalidLessons.map { (path: $0.path, text: "\($0.path) (invalid lesson)") }
        for diagnostic in diagnostics where diagnostic.severity == .error {
            let file = diagnostic.file ?? "?"
            let text = diagnostic.kind == "WriteError" ? "\(file) (not written)" : "\(file):\(diagnostic.line) (\(diagnostic.kind))"
            failures.append((file, text))
        }
        guard !failures.isEmpty else { return line }
        // A stable sort: one file's failures keep their line order.
        let sorted = failures.enumerated().sorted { left, right in
            if left.element.path != right.element.path {
                return left.element.path.utf8.lexicographicallyPrecedes(right.element.path.utf8)
            }
            return left.offset < right.offset
        }
        return line + "; failures: " + sorted.map(\.element.text).joined(separator: ", ")
    }
}
