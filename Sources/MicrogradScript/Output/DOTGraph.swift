/// A graph a lesson built with the `graphviz` module, shown because it was a cell's value or passed to
/// `display()`: its DOT text exactly as the Python package writes it, the layout engine it asked for, and the
/// text Jupyter stores for it.
///
/// Weave draws it as inline SVG with Graphviz, after the attribute filter (`GraphvizAttributePolicy`).
public struct DOTGraph: Equatable, Sendable {
    /// The DOT source (`dot.source`).
    public var source: String
    /// The layout engine (`dot`, `neato`, …), one of the package's `ENGINES`.
    public var engine: String
    /// IPython's plain text for the object, `<graphviz.graphs.Digraph at 0x…>`, which is what a notebook stores
    /// beside the picture; the address is the session's deterministic one.
    public var plainText: String

    /// Makes a graph output.
    public init(source: String, engine: String = "dot", plainText: String) {
        self.source = source
        self.engine = engine
        self.plainText = plainText
    }
}
