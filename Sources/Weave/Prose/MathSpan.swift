/// One `$…$` or `$$…$$` found in prose, with where it starts in the lesson file.
public struct MathSpan: Equatable, Sendable {
    /// The TeX between the dollars.
    public var tex: String
    /// True for `$$…$$`, shown as a block.
    public var display: Bool
    /// The file line (from 1) of the opening dollar.
    public var line: Int
    /// The column (from 1, in characters) of the opening dollar.
    public var column: Int

    /// Makes a span.
    public init(tex: String, display: Bool, line: Int, column: Int) {
        self.tex = tex
        self.display = display
        self.line = line
        self.column = column
    }
}
