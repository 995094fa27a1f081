import MicrogradScript

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

    /// 2 when a lesson was invalid, else 1 when a cell failed unexpectedly or a page was not written, else 0.
    public var exitCode: Int32 {
        if !invalidLessons.isEmpty { return 2 }
        return unexpectedFailures > 0 || unwritablePages > 0 ? 1 : 0
    }

    /// Everything for stderr, one line (or quoted block) per problem.
    public var messages: [String] {
        invalidLessons + diagnostics.map(\.formatted)
    }
}
