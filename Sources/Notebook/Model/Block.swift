/// One piece of a lesson in file order: Markdown prose, or a runnable cell (with its expected output).
public enum Block: Equatable, Sendable {
    /// Markdown between cells, rendered as HTML by Weave.
    case prose(Prose)
    /// A ```` ```micrograd ```` cell.
    case cell(Cell)
}
