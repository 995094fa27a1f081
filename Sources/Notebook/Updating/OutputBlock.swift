/// Writes an expected-output block: ```` ```output ````, the text, and a closing fence long enough that no
/// line of the text can close it early.
enum OutputBlock {
    /// The block's lines joined with `lineEnding`, ending with `lineEnding`.
    static func render(_ text: String, lineEnding: String) -> String {
        let fence = String(repeating: "`", count: fenceLength(for: text))
        var block = fence + "output" + lineEnding
        if !text.isEmpty {
            // A `\r` or `\r\n` in the text ends a line when the lesson is read again, so it is written as one.
            block += text.split(omittingEmptySubsequences: false, whereSeparator: SourceLines.isTerminator)
                .joined(separator: lineEnding)
            block += lineEnding
        }
        return block + fence + lineEnding
    }

    /// Three, or one more than the longest run of backticks in `text`.
    static func fenceLength(for text: String) -> Int {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return max(3, longest + 1)
    }
}
