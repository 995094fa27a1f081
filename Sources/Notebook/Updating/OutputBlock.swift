/// Writes an expected-output block so that cmark reads back exactly the text that was written.
///
/// A fresh block uses the cell's own fence character and indentation. A block that replaces one keeps the
/// author's fence lines byte for byte (tildes, length, indentation, trailing text) unless a line of the new text
/// would close them early; then the fence grows just enough. Lines of an indented block get the indentation
/// cmark strips again, so leading spaces in the output survive.
enum OutputBlock {
    /// A new block: fence of `character` (three or more), `indent` spaces before each fence and content line,
    /// lines joined and ended with `lineEnding`.
    static func render(_ text: String, character: Character = "`", indent: Int = 0, lineEnding: String) -> String {
        let content = contentLines(text, indent: indent)
        let margin = String(repeating: " ", count: indent)
        let fence = margin + String(repeating: character, count: fenceLength(for: content, character: character))
        return fence + "output" + lineEnding + joined(content, lineEnding) + fence + lineEnding
    }

    /// The block that replaces the one whose fence lines are `opening` and `closing` (each with its terminator,
    /// if it had one): the same fence lines when they still enclose `text`, else longer ones.
    static func replacing(opening: Substring, closing: Substring, with text: String, lineEnding: String) -> String {
        guard let fence = Fence(line: withoutTerminator(opening)) else {
            return render(text, lineEnding: lineEnding)
        }
        let content = contentLines(text, indent: fence.indent)
        if !content.contains(where: { fence.isClosed(by: Substring($0)) }) {
            return String(opening) + joined(content, lineEnding) + String(closing)
        }
        let margin = String(repeating: " ", count: fence.indent)
        let marks = margin + String(repeating: fence.character, count: fenceLength(for: content, character: fence.character))
        let closingTerminator = closing.last.map(SourceLines.isTerminator) == true ? String(closing.last ?? "\n") : ""
        return marks + fence.rest + lineEnding + joined(content, lineEnding) + marks + closingTerminator
    }

    /// The lines of `text`, each non-empty one prefixed by `indent` spaces (cmark removes up to that many).
    static func contentLines(_ text: String, indent: Int) -> [String] {
        guard !text.isEmpty else { return [] }
        let margin = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : margin + line
        }
    }

    /// Three, or one more than the longest run of `character` in any line, so no line can close the fence.
    static func fenceLength(for lines: [String], character: Character) -> Int {
        var longest = 0
        for line in lines {
            var run = 0
            for each in line {
                run = each == character ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        return max(3, longest + 1)
    }

    private static func joined(_ lines: [String], _ lineEnding: String) -> String {
        lines.map { $0 + lineEnding }.joined()
    }

    private static func withoutTerminator(_ line: Substring) -> Substring {
        if let last = line.last, SourceLines.isTerminator(last) { return line.dropLast() }
        return line
    }
}
