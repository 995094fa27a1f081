/// `align`, `aligned`, `matrix`, `cases`, `array` and friends as an `<mtable>`: rows split at `\\`, cells at `&`.
///
/// MathML Core has no `columnalign`, so alignment is written as CSS on each `<mtd>`. Chromium lays a cell's
/// content out as a block, which only its `-webkit-` alignments move; other browsers skip that declaration
/// and keep the standard one before it.
struct MathTable: Equatable {
    /// How the columns line up.
    enum Layout: Equatable {
        /// `align`: pairs of columns, the first flush right and the second flush left, meeting at the `&`.
        case alignedPairs
        /// `gather`, `matrix`: every cell centred.
        case centered
        /// `cases`: every cell flush left.
        case left
        /// `array{lcr}`: one alignment per column, the last repeated.
        case columns([Alignment])
    }

    /// One column's alignment, from `array`'s `l`, `c`, `r`.
    enum Alignment: Equatable {
        case left, center, right
    }

    var rows: [[[MathNode]]]
    var layout: Layout
    /// `true` for `align`/`gather`, whose cells are display math; matrices and cases keep the table's text style.
    var displayStyle: Bool

    func write(into out: inout String) {
        out += displayStyle ? "<mtable displaystyle=\"true\">" : "<mtable>"
        for row in rows {
            out += "<mtr>"
            for (column, cell) in row.enumerated() {
                out += cellStyle(column).map { "<mtd style=\"\($0)\">" } ?? "<mtd>"
                MathNode.writeRow(cell, into: &out)
                out += "</mtd>"
            }
            out += "</mtr>"
        }
        out += "</mtable>"
    }

    private func cellStyle(_ column: Int) -> String? {
        switch layout {
        case .alignedPairs:
            if column % 2 == 1 { return Self.flushLeft + ";padding-left:0" }
            return Self.flushRight + (column == 0 ? ";padding-right:0" : ";padding-right:0;padding-left:2em")
        case .centered:
            return nil
        case .left:
            return Self.flushLeft
        case .columns(let alignments):
            guard let alignment = column < alignments.count ? alignments[column] : alignments.last else { return nil }
            switch alignment {
            case .left: return Self.flushLeft
            case .center: return nil
            case .right: return Self.flushRight
            }
        }
    }

    private static let flushLeft = "text-align:left;text-align:-webkit-left"
    private static let flushRight = "text-align:right;text-align:-webkit-right"
}

extension TeXParser {
    /// Reads cells and rows up to `end` (or the end of input), dropping the empty row a trailing `\\` leaves.
    mutating func parseRows(until end: TeXRowEnd) -> [[[MathNode]]] {
        var rows: [[[MathNode]]] = []
        var row: [[MathNode]] = []
        while true {
            row.append(parseRow(until: end.union(.cellEnd)))
            if peek() == .alignmentTab {
                advance()
                continue
            }
            rows.append(row)
            row = []
            guard peek() == .command("\\") else { break }
            advance()
            skipLineBreakSpacing()
        }
        if rows.count > 1, let last = rows.last, last.count == 1, last[0].isEmpty {
            rows.removeLast()
        }
        return rows
    }

    /// Skips the optional `[2pt]` after `\\`, which only adds vertical space.
    private mutating func skipLineBreakSpacing() {
        guard peek() == .character("[") else { return }
        var lookahead = position + 1
        while lookahead < tokens.count, lookahead - position < 16 {
            if tokens[lookahead] == .character("]") {
                position = lookahead + 1
                return
            }
            lookahead += 1
        }
    }
}
