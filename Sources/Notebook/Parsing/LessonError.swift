import MicrogradScript

/// Why a lesson could not be read or parsed: one or more diagnostics in the lesson file.
///
/// Invalid front matter, an unterminated fence, an unknown cell option, an output block with no cell, bad
/// UTF-8 or an unreadable file. `check` and `run` exit 2 on these.
public struct LessonError: Error, Equatable, Sendable {
    /// The lesson's path as the user named it.
    public var path: String
    /// What is wrong, each with its file position (`file` is `path`).
    public var diagnostics: [Diagnostic]
    /// The lesson text when it could be decoded, used to quote the offending lines.
    public var source: String?

    /// Makes an error.
    public init(path: String, diagnostics: [Diagnostic], source: String? = nil) {
        self.path = path
        self.diagnostics = diagnostics
        self.source = source
    }

    /// Every diagnostic as `path:line:col: error: Kind: message`, its source line and a caret.
    public var report: String {
        diagnostics.map { DiagnosticQuote.render($0, source: source) }.joined(separator: "\n")
    }
}
