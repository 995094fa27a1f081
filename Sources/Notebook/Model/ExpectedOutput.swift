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
}
