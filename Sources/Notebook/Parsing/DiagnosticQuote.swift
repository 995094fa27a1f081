import MicrogradScript

/// Prints a diagnostic the way compilers do: its one-line form, the source line, and a caret under the column.
///
/// ```
/// Notebooks/03-neuron.md:41:5: error: NameError: name 'x3' is not defined
///     o = x3 * w1
///         ^
/// ```
///
/// A source line longer than `widest` characters is quoted as a window around the column, cut with `…`, so a
/// line of 100,000 brackets does not flood the terminal.
public enum DiagnosticQuote {
    /// The most characters of a source line quoted.
    public static let widest = 120

    /// The diagnostic with its source line quoted from `source` (the whole lesson text) when that line exists.
    public static func render(_ diagnostic: Diagnostic, source: String?) -> String {
        var text = diagnostic.formatted
        guard let source else { return text }
        let lines = SourceLines(source)
        guard diagnostic.line >= 1, diagnostic.line <= lines.count else { return text }
        var line = Array(lines.content(diagnostic.line))
        var column = max(1, diagnostic.column)
        if line.count > widest {
            // Keep the caret a third of the way in, so the context before it shows too.
            let start = max(0, min(column - 1 - widest / 3, line.count - widest))
            let end = min(line.count, start + widest)
            let head: [Character] = start > 0 ? ["…"] : []
            let tail: [Character] = end < line.count ? ["…"] : []
            line = head + line[start..<end] + tail
            column = column - start + head.count
        }
        // Tabs stay tabs under the caret so it lines up in any terminal.
        let padding = line.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
        text += "\n    \(String(line))\n    \(padding)^"
        return text
    }
}
