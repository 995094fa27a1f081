/// Rewrites a lesson's expected-output blocks and nothing else.
///
/// Works on the document's exact source lines: a cell with an expected block gets that block's lines replaced;
/// a cell without one gets a block inserted right after its closing fence. Every other byte is copied, so a
/// lesson with no updates comes back identical.
public enum LessonUpdater {
    /// The lesson text with `updates` (new expected text by cell index) written in.
    public static func apply(_ updates: [Int: String], to document: Document) -> String {
        guard !updates.isEmpty else { return document.source }
        let lines = SourceLines(document.source)
        let lineEnding = dominantLineEnding(lines)
        // Lines `first..<end` are replaced by `text`; `first == end` inserts before line `first`.
        var replacements: [(first: Int, end: Int, text: String)] = []
        for cell in document.cells {
            guard let text = updates[cell.index] else { continue }
            let block = OutputBlock.render(text, lineEnding: lineEnding)
            if let expected = cell.expected {
                let range = expected.fenceLine...expected.closingFenceLine
                replacements.append((range.lowerBound, range.upperBound + 1, keepingFinalTerminator(of: lines, range: range, block, lineEnding)))
            } else {
                let closing = cell.closingFenceLine
                let closingEnded = lines.line(closing).map { $0.last.map(SourceLines.isTerminator) ?? false } ?? false
                let prefix = closingEnded ? "" : lineEnding
                replacements.append((closing + 1, closing + 1, prefix + block))
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

    /// A block replacing the last lines of a file that had no final line break gets none either.
    private static func keepingFinalTerminator(
        of lines: SourceLines, range: ClosedRange<Int>, _ block: String, _ lineEnding: String
    ) -> String {
        guard let last = lines.line(range.upperBound), let character = last.last, !SourceLines.isTerminator(character) else {
            return block
        }
        return String(block.dropLast())  // "\r\n" is one Character
    }
}
