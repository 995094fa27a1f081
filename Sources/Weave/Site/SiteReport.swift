import MicrogradScript
import Notebook

/// What happened when a site was rendered: pages written, and everything worth telling on stderr.
public struct SiteReport: Equatable, Sendable {
    /// Paths of the pages written, index included.
    public var written: [String] = []
    /// Cell errors, warnings and write failures, in lesson order, each printable as `path:line:col: …`.
    public var diagnostics: [Diagnostic] = []
    /// Lessons that could not be read or whose front matter is invalid, with their full reports.
    public var invalidLessons: [String] = []
    /// Cells that failed when they should not have.
    public var unexpectedFailures = 0
    /// Pages that could not be written (the previous page, if any, is kept).
    public var unwritablePages = 0
    /// Each rendered lesson's text by path, so `messages` can quote the line a diagnostic points at.
    public var sources: [String: String] = [:]

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
}
