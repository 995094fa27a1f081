/// A text split into lines that keep their terminators, so joining them gives back the exact text.
///
/// Lines are numbered from 1, as in diagnostics and cmark. `\n` and `\r\n` end lines; a last line without a
/// terminator is still a line. Lookups out of range give `nil` or an empty string, never a trap.
struct SourceLines {
    /// Each line with its terminator.
    let lines: [Substring]

    init(_ text: String) {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            // "\r\n" is one Character in Swift; a lone "\r" ends a line too, as in CommonMark.
            if Self.isTerminator(text[index]) {
                lines.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { lines.append(text[start...]) }
        self.lines = lines
    }

    static func isTerminator(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r"
    }

    var count: Int { lines.count }

    /// Line `number` with its terminator, or `nil` when there is no such line.
    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// Line `number` without its terminator, or "" when there is no such line.
    func content(_ number: Int) -> Substring {
        guard let line = line(number) else { return "" }
        if let last = line.last, Self.isTerminator(last) { return line.dropLast() }
        return line
    }

    /// Line `number` as cmark reads it: without its terminator and, on line 1, without a byte-order mark.
    func markdown(_ number: Int) -> Substring {
        let text = content(number)
        return number == 1 && text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text
    }

    /// Lines `first` through `last` joined back exactly as they were; "" when the range is empty.
    func text(from first: Int, through last: Int) -> String {
        let lower = max(first, 1)
        let upper = min(last, lines.count)
        guard lower <= upper else { return "" }
        return lines[(lower - 1)...(upper - 1)].joined()
    }
}
