import MicrogradScript
import Notebook

/// Graphs and plots as the `image/svg+xml` of an exported notebook: Weave's drawing of each picture output,
/// as standalone SVG documents (with their namespace, which a notebook viewer's `<img>` needs).
public enum NotebookPictures {
    /// A mapping that draws graphs of up to `graphLimit` values with Graphviz and plots with `PlotSVG`.
    public static func mapping(graphLimit: Int = GraphFigure.defaultNodeLimit) -> JupyterOutputMapping {
        JupyterOutputMapping { output in svg(for: output, graphLimit: graphLimit) }
    }

    /// The mapping for `document`: graphs up to its `graph_limit` (500 when it sets none).
    public static func mapping(for document: Document) -> JupyterOutputMapping {
        mapping(graphLimit: document.frontMatter.graphLimit ?? GraphFigure.defaultNodeLimit)
    }

    /// The SVG of a picture output; nil for text, values, markup (which the notebook keeps as its own MIME type)
    /// and errors, for a graph over `graphLimit` values (a lesson's own graph: twice as many nodes, four times as
    /// many edges, as `GraphFigure` draws), and for a graph Graphviz refused (its text still goes into the
    /// notebook).
    public static func svg(for output: Output, graphLimit: Int) -> String? {
        switch output {
        case .graph(let graph):
            guard graph.nodes.count <= graphLimit, let document = try? Graphviz.renderSVG(dot: graph.dot()) else { return nil }
            return standalone(document)
        case .dot(let graph):
            let measure = try? Graphviz.measure(dot: graph.source)
            let nodeCap = graphLimit > Int.max / 2 ? Int.max : graphLimit * 2
            let edgeCap = graphLimit > Int.max / 4 ? Int.max : graphLimit * 4
            guard let measure, measure.nodes <= nodeCap, measure.edges <= edgeCap,
                let document = try? Graphviz.renderSVG(dot: graph.source, engine: graph.engine)
            else { return nil }
            return standalone(document)
        case .plot(let plot):
            return PlotSVG.render(plot)
        case .text, .value, .error, .markup:
            return nil
        }
    }

    /// Graphviz's SVG document from its `<svg` on, without comments or the anonymous `%N` title whose number
    /// depends on what the process drew before, so the same graph always gives the same bytes.
    static func standalone(_ document: String) -> String {
        guard let start = document.range(of: "<svg") else { return document }
        let body = SVGInlining.removingComments(String(document[start.lowerBound...]))
        let trimmed = SVGInlining.removingAnonymousTitle(body)
        return trimmed.hasSuffix("\n") ? trimmed : trimmed + "\n"
    }
}
