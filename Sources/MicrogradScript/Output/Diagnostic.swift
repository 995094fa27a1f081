/// An error or warning about a place in a source text: the one shape every Gradbook error takes.
///
/// Inside the language, `line` and `column` count from 1 within the cell's source. The notebook layer moves
/// them to file coordinates with `shifted(byLines:)` and names the file, so the same value prints as
/// `Notebooks/03-neuron.md:41:5: error: NameError: name 'x3' is not defined`.
public struct Diagnostic: Error, Equatable, Hashable, Sendable {
    /// How serious the diagnostic is.
    public enum Severity: String, Equatable, Hashable, Sendable {
        case error
        case warning
    }

    /// The file, once known; `nil` inside the language.
    public var file: String?
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1, in Unicode characters.
    public var column: Int
    /// The Python exception name (`SyntaxError`, `NameError`, `TypeError`, …), or a Gradbook kind for
    /// notebook-level problems (`LessonError`, `MathWarning`).
    public var kind: String
    /// One line in Python's words: `name 'x3' is not defined`.
    public var message: String
    /// Error or warning.
    public var severity: Severity

    /// Makes a diagnostic.
    public init(
        file: String? = nil, line: Int, column: Int, kind: String, message: String, severity: Severity = .error
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
        self.message = message
        self.severity = severity
    }

    /// The same diagnostic, `lines` further down and in `file`: how a cell's diagnostic becomes a file's.
    public func shifted(byLines lines: Int, file: String?) -> Diagnostic {
        var moved = self
        moved.line += lines
        moved.file = file ?? self.file
        return moved
    }

    /// `path:line:col: error: Kind: message`, the form editors and CI jump to.
    public var formatted: String {
        let place = file.map { "\($0):\(line):\(column)" } ?? "\(line):\(column)"
        return "\(place): \(severity.rawValue): \(pythonStyle)"
    }

    /// `Kind: message`, as Python prints the last line of a traceback.
    public var pythonStyle: String { message.isEmpty ? kind : "\(kind): \(message)" }
}
