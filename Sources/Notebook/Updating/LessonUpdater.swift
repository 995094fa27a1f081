/// Rewrites a lesson's expected-output blocks and nothing else.
///
/// Works on the document's exact source lines: a cell with an expected block gets that block's lines replaced
/// (keeping its fence lines when they still fit, see `OutputBlock`); a cell without one gets a block inserted
/// right after its closing fence, fenced like the cell. Every other byte is copied, so a lesson with no updates
/// comes back identical, and so does a lesson updated twice with the same outputs.
public enum LessonUpdater {
    /// The lesson text with `updates` (new expected text by cell index) written in.
    public static func apply(_ updates: [Int: String], to document: Document) -> String {
        guard !updates.isEmpty else { return document.source }
        let lines = SourceLines(document.source)
        let lineEnding = dominantLineEnding(lines)
        // Lines `first..<end` are replaced by `text`; `first == end` inserts before line `first`.
        var replacements: [(first: Int, end: Int, text: String)] = []
        for cell in document.cells {
            guard let text = updates[cell.index].map(ExpectedOutput.storable) else { continue }
            if let expected = cell.expected, let opening = lines.line(expected.fenceLine),
                let closing = lines.line(expected.closingFenceLine)
            {
                let block = OutputBlock.replacing(opening: opening, closing: closing, with: text, lineEnding: lineEnding)
                replacements.append((expected.fenceLine, expected.closingFenceLine + 1, block))
            } else {
                let fence = Fence(line: lines.markdown(cell.fenceLine))
                let block = OutputBlock.render(
                    text, character: fence?.character ?? "`", indent: fence?.indent ?? 0, lineEnding: lineEnding)
                let closing = cell.closingFenceLine
                let closingEnded = lines.line(closing).map { $0.last.map(SourceLines.isTerminator) ?? false } ?? false
                replacements.append((closing + 1, closing + 1, (closingEnded ? "" : lineEnding) + block))
            }
        }
        var output = ""
        var next = 1
        for replacement in replacements.sorted(by: { $0.first < $1.first }) {
            if next <= replacement.first - 1 { output += lines.text(from: next, through: (replacement.first - 1)) }
            output += replacement.text
            next = max(next, replacement.end)
        }
        if next <= lines.count { output += lines.text(from: next, through: lines.count) }
        return output
    }

    /// `\r\n` when the lesson's first line ends that way, else `\n`.
    static func dominantLineEnding(_ lines: SourceLines) -> String {
        guard let first = lines.line(1), first.hasSuffix("\r\n") else { return "\n" }
        return "\r\n"
    }
}
