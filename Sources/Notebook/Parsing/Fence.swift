/// The opening or closing line of a fenced code block, read the way CommonMark reads it.
struct Fence: Equatable {
    /// Spaces before the fence (0 to 3).
    let indent: Int
    /// "`" or "~".
    let character: Character
    /// How many fence characters (3 or more).
    let length: Int
    /// What follows the fence characters, untrimmed.
    let rest: Substring

    /// Reads a fence from one line (without its terminator), or `nil` when the line is not a fence.
    init?(line: Substring) {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3 else { return nil }
        let afterIndent = line.dropFirst(indent)
        guard let first = afterIndent.first, first == "`" || first == "~" else { return nil }
        let length = afterIndent.prefix(while: { $0 == first }).count
        guard length >= 3 else { return nil }
        self.indent = indent
        self.character = first
        self.length = length
        self.rest = afterIndent.dropFirst(length)
    }

    /// True when `line` closes a block opened by this fence: same character, at least as long, nothing after.
    func isClosed(by line: Substring) -> Bool {
        guard let closing = Fence(line: line) else { return false }
        return closing.character == character && closing.length >= length
            && closing.rest.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The column (from 1, in characters) where the info string's text starts on the opening line.
    var infoColumn: Int {
        indent + length + rest.prefix(while: { $0 == " " || $0 == "\t" }).count + 1
    }
}
