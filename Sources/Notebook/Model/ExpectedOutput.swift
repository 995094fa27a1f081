/// The ```` ```output ```` block under a cell: the plain text `check` expects the cell to print.
public struct ExpectedOutput: Equatable, Sendable {
    /// The text between the fences, without its final newline.
    public var text: String
    /// The file line of the opening fence.
    public var fenceLine: Int
    /// The file line of the closing fence.
    public var closingFenceLine: Int

    /// Makes an expected-output block.
    public init(text: String, fenceLine: Int, closingFenceLine: Int) {
        self.text = text
        self.fenceLine = fenceLine
        self.closingFenceLine = closingFenceLine
    }

    /// `text` as an output block can hold it and cmark gives it back: every line break (`\r\n`, a lone `\r`)
    /// becomes `\n`, and NUL, which no lesson file may contain, becomes `␀` (U+2400), which shows what was printed.
    ///
    /// A cell's fresh output is compared and written in this form, so `print("a\rb")` matches the block
    /// `--update` wrote for it, and `--update` never writes a lesson that can no longer be read.
    public static func storable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\0" }) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\r":
                out.append("\n")
                if pending == "\n" { pending = scalars.next() }
            case "\0":
                out.append("\u{2400}")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
