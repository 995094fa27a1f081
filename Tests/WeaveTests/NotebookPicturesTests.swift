import Micrograd
import MicrogradScript
import Notebook
import Testing

@testable import Weave

/// Graphs and plots as the `image/svg+xml` of an exported notebook.
@Suite struct NotebookPicturesTests {
    @Test func aGraphIsAStandaloneSVGThatIsTheSameEveryTime() throws {
        let graph = GraphFigureTests.chain(3)
        let first = try #require(NotebookPictures.svg(for: .graph(graph), graphLimit: 500))
        _ = NotebookPictures.svg(for: .graph(GraphFigureTests.chain(2)), graphLimit: 500)
        let second = try #require(NotebookPictures.svg(for: .graph(graph), graphLimit: 500))
        #expect(first == second, "Graphviz numbers anonymous graphs per process; the title with that number is gone")
        #expect(first.hasPrefix("<svg width="))
        #expect(first.contains("xmlns=\"http://www.w3.org/2000/svg\""), "an <img> needs the namespace")
        #expect(!first.contains("<!--") && !first.contains("<?xml") && !first.contains("<title>%"))
        #expect(first.hasSuffix("</svg>\n"))
    }

    @Test func aGraphOverTheLimitAndTextOutputsHaveNoPicture() {
        #expect(NotebookPictures.svg(for: .graph(GraphFigureTests.chain(4)), graphLimit: 3) == nil)
        #expect(NotebookPictures.svg(for: .text("x\n"), graphLimit: 3) == nil)
        #expect(NotebookPictures.svg(for: .value("1"), graphLimit: 3) == nil)
        #expect(NotebookPictures.svg(for: .error(Diagnostic(line: 1, column: 1, kind: "E", message: "m")), graphLimit: 3) == nil)
    }

    @Test func aPlotIsThePagesPlot() throws {
        var axes = Plot.Axes()
        try axes.plot(xs: [0, 1], ys: [1, 2])
        axes.title = "loss"
        let plot = Plot(axes: axes)
        #expect(NotebookPictures.svg(for: .plot(plot), graphLimit: 1) == PlotSVG.render(plot))
        let outputs = NotebookPictures.mapping().outputs(for: [.plot(plot)], executionCount: 1, lineOffset: 0)
        #expect(outputs.first?.pictures == ["image/svg+xml"])
        #expect(outputs.first?.plainText == plot.plainText)
    }
}
