import Foundation
import Micrograd
import MicrogradScript

/// The HTML for one `draw_dot` output: the laid-out graph, or a notice when the graph is too big to lay out,
/// or the error Graphviz gave.
public struct GraphFigure {
    /// Graphs with more values than this are not laid out (layout time grows fast, and nobody reads them).
    public static let defaultNodeLimit = 500

    /// The most values a graph may have and still be drawn.
    public var nodeLimit: Int
    /// Where laid-out graphs are kept between cells and lessons.
    public var cache: GraphCache

    /// Makes a figure renderer.
    public init(nodeLimit: Int = GraphFigure.defaultNodeLimit, cache: GraphCache = GraphCache()) {
        self.nodeLimit = nodeLimit
        self.cache = cache
    }

    /// What a graph becomes on the page.
    public enum Rendition: Equatable {
        /// An inline `<figure>` holding the SVG.
        case figure(String)
        /// The graph was over the limit; the HTML explains how to raise it.
        case tooLarge(String)
        /// Graphviz failed; the message belongs in the cell's error output.
        case failed(String)
    }

    /// Renders one snapshot.
    public func render(_ graph: GraphSnapshot) -> Rendition {
        let count = graph.nodes.count
        guard count <= nodeLimit else {
            return .tooLarge(
                "<div class=\"output output-notice\"><p>This graph has \(count) values, more than the limit of "
                    + "\(nodeLimit), so it is not drawn. Raise the limit with <code>graph_limit: \(count)</code> "
                    + "in the lesson's front matter, or <code>gradbook render --graph-limit \(count)</code>.</p></div>")
        }
        do {
            let name = "Expression graph of \(count) value\(count == 1 ? "" : "s")"
            let svg = try cache.svg(forDOT: graph.dot())
                .replacingOccurrences(of: " role=\"img\">", with: " role=\"img\" aria-label=\"\(name)\">")
            return .figure(
                "<figure class=\"output output-graph\"><div class=\"scroll\">\(svg)</div></figure>")
        } catch {
            return .failed("Graphviz: " + error.message)
        }
    }

    /// Renders a lesson's own graph (a `graphviz.Digraph` it showed). The node limit counts values, and the
    /// lecture draws each value with an operation node beside it and up to three edges: so a lesson's graph is
    /// drawn with up to twice `nodeLimit` nodes and four times as many edges.
    public func render(_ graph: DOTGraph) -> Rendition {
        let measure: GraphMeasure
        do {
            measure = try Graphviz.measure(dot: graph.source)
        } catch {
            return .failed("Graphviz: " + error.message)
        }
        let nodeCap = nodeLimit > Int.max / 2 ? Int.max : nodeLimit * 2
        let edgeCap = nodeLimit > Int.max / 4 ? Int.max : nodeLimit * 4
        let size = "\(measure.nodes) node\(measure.nodes == 1 ? "" : "s") and \(measure.edges) edge\(measure.edges == 1 ? "" : "s")"
        guard measure.nodes <= nodeCap, measure.edges <= edgeCap else {
            let needed = max((measure.nodes + 1) / 2, (measure.edges + 3) / 4)
            return .tooLarge(
                "<div class=\"output output-notice\"><p>This graph has \(size), more than the limit of "
                    + "\(nodeCap) nodes and \(edgeCap) edges, so it is not drawn. Raise the limit with "
                    + "<code>graph_limit: \(needed)</code> in the lesson's front matter, or "
                    + "<code>gradbook render --graph-limit \(needed)</code>.</p></div>")
        }
        do {
            let svg = try cache.svg(forDOT: graph.source, engine: graph.engine)
                .replacingOccurrences(of: " role=\"img\">", with: " role=\"img\" aria-label=\"Graph of \(size)\">")
            return .figure("<figure class=\"output output-graph\"><div class=\"scroll\">\(svg)</div></figure>")
        } catch {
            return .failed("Graphviz: " + error.message)
        }
    }
}
