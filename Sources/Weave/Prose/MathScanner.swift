/// The character-by-character reader behind `MathProtection`: copies Markdown, skipping code, and swaps math
/// spans for placeholders while counting lines and columns.
struct MathScanner {
    let text: [Character]
    private(set) var output = ""
    private(set) var spans: [MathSpan] = []
    private var index = 0
    private var line: Int
    private var column = 1
    private var atLineStart = true

    init(text: [Character], firstLine: Int) {
        self.text = text
        self.line = firstLine
    }

    mutating func scan() {
        while index < text.count {
            if atLineStart, let fence = fenceOpening(at: index) {
                copyFencedBlock(fence)
                continue
            }
            let character = text[index]
            switch character {
            case "\\":
                copy(count: index + 1 < text.count ? 2 : 1)
            case "`":
                copyCodeSpan()
            case "$":
                if !takeMath() { copy(count: 1) }
            default:
                copy(count: 1)
            }
        }
    }

    // MARK: Copying

    private mutating func copy(count: Int) {
        for _ in 0..<count where index < text.count {
            let character = text[index]
            output.append(character)
            advance(over: character)
            index += 1
        }
    }

    private mutating func advance(over character: Character) {
        if character.isNewline {
            line += 1
            column = 1
            atLineStart = true
        } else {
            column += 1
            atLineStart = false
        }
    }

    private func runLength(of character: Character, from start: Int) -> Int {
        var end = start
        while end < text.count, text[end] == character { end += 1 }
        return end - start
    }

    // MARK: Code

    /// A line starting (after up to three spaces) with three or more backticks or tildes.
    private func fenceOpening(at start: Int) -> (character: Character, length: Int)? {
        var position = start
        while position < text.count, position - start < 4, text[position] == " " { position += 1 }
        guard position - start <= 3, position < text.count else { return nil }
        let character = text[position]
        guard character == "`" || character == "~" else { return nil }
        let length = runLength(of: character, from: position)
        return length >= 3 ? (character, length) : nil
    }

    private mutating func copyFencedBlock(_ fence: (character: Character, length: Int)) {
        copyLine()
        while index < text.count {
            if let closing = fenceOpening(at: index), closing.character == fence.character,
                closing.length >= fence.length
            {
                copyLine()
                return
            }
            copyLine()
        }
    }

    private mutating func copyLine() {
        while index < text.count {
            let character = text[index]
            copy(count: 1)
            if character.isNewline { return }
        }
    }

    /// A backtick run opens a code span closed by a run of the same length; unmatched, it is literal.
    private mutating func copyCodeSpan() {
        let length = runLength(of: "`", from: index)
        var probe = index + length
        while probe < text.count {
            if text[probe] == "`" {
                let closing = runLength(of: "`", from: probe)
                if closing == length {
                    copy(count: probe + closing - index)
                    return
                }
                probe += closing
            } else {
                probe += 1
            }
        }
        copy(count: length)
    }

    // MARK: Math

    /// Takes a math span starting at the `$` under `index`, or returns false (and moves nothing).
    private mutating func takeMath() -> Bool {
        let display = index + 1 < text.count && text[index + 1] == "$"
        let open = display ? 2 : 1
        guard let close = display ? closingDisplay(from: index + 2) : closingInline(from: index + 1) else {
            return false
        }
        let tex = String(text[(index + open)..<close])
        spans.append(MathSpan(tex: tex, display: display, line: line, column: column))
        output += MathProtection.placeholder(spans.count - 1)
        for character in text[index..<(close + open)] { advance(over: character) }
        index = close + open
        return true
    }

    private func closingDisplay(from start: Int) -> Int? {
        var probe = start
        while probe + 1 < text.count {
            if text[probe] == "\\" {
                probe += 2
                continue
            }
            if text[probe] == "$", text[probe + 1] == "$" { return probe > start ? probe : nil }
            probe += 1
        }
        return nil
    }

    private func closingInline(from start: Int) -> Int? {
        guard start < text.count, !text[start].isWhitespace, text[start] != "$" else { return nil }
        var probe = start
        while probe < text.count {
            let character = text[probe]
            if character == "\\" {
                probe += 2
                continue
            }
            if character.isNewline, isBlankLine(after: probe) { return nil }
            if character == "$" {
                let afterIsDigit = probe + 1 < text.count && text[probe + 1].isNumber
                if !text[probe - 1].isWhitespace, !afterIsDigit { return probe }
                return nil
            }
            probe += 1
        }
        return nil
    }

    private func isBlankLine(after newline: Int) -> Bool {
        var probe = newline + 1
        while probe < text.count, text[probe] == " " || text[probe] == "\t" { probe += 1 }
        return probe >= text.count || text[probe].isNewline
    }
}
