import MicrogradScript

/// Prints a diagnostic the way compilers do: its one-line form, the source line, and a caret under the column.
///
/// ```
/// Notebooks/03-neuron.md:41:5: error: NameError: name 'x3' is not defined
///     o = x3 * w1
///         ^
/// ```
public enum DiagnosticQuote {
    /// The diagnostic with its source line quoted from `source` (the whole lesson text) when that line exists.
    public static func render(_ diagnostic: Diagnostic, source: String?) -> String {
        var text = diagnostic.formatted
        guard let source else { return text }
        let lines = SourceLines(source)
        guard diagnostic.line >= 1, diagnostic.line <= lines.count else { return text }
        let line = String(lines.content(diagnostic.line))
        let column = max(1, diagnostic.column)
        // Tabs stay tabs under the caret so it lines up in any terminal.
        let padding = line.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
        text += "\n    \(line)\n    \(padding)^"
        return text
    }
}
