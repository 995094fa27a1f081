import MicrogradScript

/// What `Output/.cache/PAGE.json` remembers of a lesson's last render: its key, the digests of the files it
/// wrote, and everything the render reported, so a skipped lesson reports the same diagnostics and counts.
struct CacheEntry: Equatable, Codable, Sendable {
    /// The layout of entries; an entry of another format is ignored (the lesson re-runs).
    static let currentFormat = 1

    /// A file written into the output folder, by its path relative to it.
    struct WrittenFile: Equatable, Codable, Sendable {
        var path: String
        var digest: String
    }

    /// A diagnostic as stored (`Diagnostic` itself is not `Codable`).
    struct StoredDiagnostic: Equatable, Codable, Sendable {
        var file: String?
        var line: Int
        var column: Int
        var kind: String
        var message: String
        var warning: Bool

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.column
            kind = diagnostic.kind
            message = diagnostic.message
            warning = diagnostic.severity == .warning
        }

        var diagnostic: Diagnostic {
            Diagnostic(
                file: file, line: line, column: column, kind: kind, message: message,
                severity: warning ? .warning : .error)
        }
    }

    var format = CacheEntry.currentFormat
    /// The lesson's path as given, so two lessons with one page name never share an entry.
    var lesson: String
    var key: RenderKey
    var page: WrittenFile
    var images: [WrittenFile]
    var cells: Int
    var unexpectedFailures: Int
    var diagnostics: [StoredDiagnostic]
}
