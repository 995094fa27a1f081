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

    /// 2 when a lesson was invalid, else 1 when a cell failed unexpectedly, a page was not written or anything
    /// else was reported as an error (a graph Graphviz could not draw), else 0. Warnings never fail a render.
    public var exitCode: Int32 {
        if !invalidLessons.isEmpty { return 2 }
        let errors = diagnostics.contains { $0.severity == .error }
        return unexpectedFailures > 0 || unwritablePages > 0 || errors ? 1 : 0
    }

    /// Everything for stderr, one line (or quoted block) per problem.
    public var messages: [String] {
        invalidLessons + diagnostics.map(\.formatted)
    }
}
