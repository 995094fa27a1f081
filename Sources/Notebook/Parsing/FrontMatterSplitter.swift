import MicrogradScript

/// Finds the YAML front matter: a `---` first line, up to the next `---` (or `...`) line. A byte-order mark
/// before the first `---` (some Windows editors write one) is allowed, as cmark allows it before Markdown.
enum FrontMatterSplitter {
    /// What the top of a lesson holds.
    enum Split {
        /// No front matter: the lesson does not start with `---`.
        case none
        /// The YAML text, the file line it starts on, and the file line of the closing `---`.
        case found(yaml: String, firstLine: Int, closingLine: Int)
        /// A `---` first line that is never closed.
        case failure(Diagnostic)
    }

    static func split(_ lines: SourceLines, path: String) -> Split {
        guard lines.count >= 1, isDelimiter(lines.markdown(1), allowDots: false) else { return .none }
        var number = 2
        while number <= lines.count {
            if isDelimiter(lines.content(number), allowDots: true) {
                return .found(yaml: lines.text(from: 2, through: (number - 1)), firstLine: 2, closingLine: number)
            }
            number += 1
        }
        return .failure(
            Diagnostic(
                file: path, line: 1, column: 1, kind: "FrontMatterError",
                message: "front matter opened here is never closed with a '---' line"))
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        let trimmed = line.reversed().drop(while: { $0 == " " || $0 == "\t" })
        let text = String(trimmed.reversed())
        return text == "---" || (allowDots && text == "...")
    }
}
