/// A cell's source as Unicode scalars, with the offsets where its lines start: what the lexer walks and what
/// turns an offset into a `SourcePosition`.
struct SourceText: Sendable {
    /// The source, one element per Unicode scalar.
    let scalars: [Unicode.Scalar]
    /// The offset of the first scalar of each line; line 1 starts at 0.
    let lineStarts: [Int]
    /// The number a reader knows line 1 by: 1 for a bare cell, its first line's number in a lesson file.
    let firstLine: Int

    /// Splits `source` into scalars and finds its lines (`\n`, `\r\n` and a lone `\r` each end a line).
    init(_ source: String, firstLine: Int = 1) {
        self.firstLine = firstLine
        let scalars = Array(source.unicodeScalars)
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1
            }
            if scalar == "\n" || scalar == "\r" {
                starts.append(index + 1)
            }
            index += 1
        }
        self.scalars = scalars
        self.lineStarts = starts
    }

    /// The number of scalars.
    var count: Int { scalars.count }

    /// The scalar at `offset`, or `nil` past either end: lookahead never traps.
    subscript(offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    /// The text of `range`, exactly as written.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// The line and column of `offset` (an offset equal to `count` is the end of the last line). O(log lines).
    func position(of offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// `line` as the reader counts lines, for messages that name another line than their own position's
    /// (`'(' was never closed` points at the `(`, `… on line 3` names it): positions stay within the cell and are
    /// moved to the file with the rest of the diagnostic, but words inside a message are not.
    func numbered(_ line: Int) -> Int { line + firstLine - 1 }

    /// The number of the last line.
    var lastLine: Int { lineStarts.count }
}
