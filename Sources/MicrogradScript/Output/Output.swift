import Micrograd

/// One thing a cell produced, in the order it produced it.
public enum Output: Equatable, Sendable {
    /// Text written by `print`. Consecutive prints are merged into one text output; it ends with a newline.
    case text(String)
    /// The `repr` of the value of a final bare expression, like Jupyter's `Out[…]`. Never `None`.
    case value(String)
    /// A `draw_dot(v)` picture: data and grads as they were at the call.
    case graph(GraphSnapshot)
    /// A plot built with `plt.*` calls, emitted at the end of the cell (or at `plt.show()`).
    case plot(Plot)
    /// A lesson's own `graphviz.Digraph` or `Graph`, shown as a cell's value or by `display()`.
    case dot(DOTGraph)
    /// `display(HTML(…))`, `Markdown`, `Math`, `Latex` or `SVG`.
    case markup(Markup)
    /// The error that stopped the cell.
    case error(Diagnostic)

    /// The deterministic plain-text rendition that expected-output blocks store and `check` compares.
    public var plainText: String {
        switch self {
        case .text(let text): return text.hasSuffix("\n") ? String(text.dropLast()) : text
        case .value(let repr): return repr
        case .graph(let graph): return graph.plainText
        case .plot(let plot): return plot.plainText
        case .dot(let graph): return graph.plainText
        case .markup(let markup): return markup.plainText
        case .error(let diagnostic): return diagnostic.pythonStyle
        }
    }
}

extension Array where Element == Output {
    /// The plain-text rendition of a whole cell: each output's text, in order, one after another.
    public var plainText: String {
        map(\.plainText).joined(separator: "\n")
    }
}
