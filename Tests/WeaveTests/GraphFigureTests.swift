import Micrograd
import Notebook
import Testing
@testable import Weave

@Suite struct GraphFigureTests {
    static func chain(_ count: Int, label: String = "x") -> GraphSnapshot {
        var nodes = [GraphSnapshot.Node(label: label, data: 1, grad: 0, op: "", children: [])]
        for index in 1..<max(count, 1) {
            nodes.append(GraphSnapshot.Node(label: "", data: 1, grad: 0, op: "tanh", children: [index - 1]))
        }
        return GraphSnapshot(nodes: Array(nodes.prefix(count)))
    }

    @Test func aGraphAboveTheLimitIsNotLaidOut() {
        let figure = GraphFigure(nodeLimit: 3)
        let rendition = figure.render(Self.chain(4))
        #expect(rendition == .tooLarge(
            "<div class=\"output output-notice\"><p>This graph has 4 values, more than the limit of 3, so it is not "
                + "drawn. Raise the limit with <code>graph_limit: 4</code> in the lesson's front matter, or "
                + "<code>gradbook render --graph-limit 4</code>.</p></div>"))
        #expect(figure.cache.count == 0)
    }

    @Test func aScriptLabelIsTextInTheGraph() throws {
        let figure = GraphFigure()
        guard case .figure(let html) = figure.render(Self.chain(1, label: "<script>alert(1)</script>")) else {
            Issue.record("expected a figure")
            return
        }
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.hasPrefix("<figure class=\"output output-graph\"><div class=\"scroll\"><svg class=\"graphviz\""))
        #expect(html.contains(" role=\"img\" aria-label=\"Expression graph of 1 value\">"))
    }

    @Test func theSameGraphIsLaidOutOnce() {
        let figure = GraphFigure()
        _ = figure.render(Self.chain(2))
        _ = figure.render(Self.chain(2))
        _ = figure.render(Self.chain(3))
        #expect(figure.cache.count == 2)
    }
}

@Suite struct GraphFailureTests {
    @Test func aGraphGraphvizRefusesIsTheCellsErrorAndADiagnostic() throws {
        let cache = GraphCache { _ throws(GraphvizError) in throw GraphvizError(message: "syntax error in line 4 near '<'") }
        let cells = CellHTML(outputs: OutputHTML(graphs: GraphFigure(cache: cache)))
        let document = try LessonParser.parse("# G\n\n```micrograd\ndraw_dot(x)\n```\n", path: "L/g.md")
        let result = CellResult(cell: try #require(document.cells.first), outputs: [.graph(GraphFigureTests.chain(2))])
        let (html, problems) = cells.render(result, path: document.path, changed: false)
        #expect(html.contains(
            "<div class=\"output output-error\" role=\"alert\"><pre>Graphviz: syntax error in line 4 near &#39;&lt;&#39;</pre></div>"))
        #expect(problems.map(\.formatted) == ["L/g.md:3:1: error: GraphvizError: Graphviz: syntax error in line 4 near '<'"])
        #expect(cache.count == 1)
    }
}
