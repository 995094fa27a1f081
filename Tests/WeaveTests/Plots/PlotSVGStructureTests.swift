import MicrogradScript
import Testing
@testable import Weave

@Suite("Plot SVG structure")
struct PlotSVGStructureTests {
    private let threePoints = Plot.Series(kind: .line, xs: [0, 1, 2], ys: [1, 0.5, 0.25])

    @Test("the root scales, names itself for screen readers and has no ids")
    func root() throws {
        let svg = PlotSVG.render(Plot(series: [threePoints], title: "Loss"))
        let parsed = ParsedSVG(svg)
        #expect(parsed.isWellFormed)
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["viewBox"] == "0 0 640 400")
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"] == "Loss")
        #expect(parsed.elements[1].name == "title")
        #expect(parsed.elements[1].text == "Loss")
        #expect(!svg.contains(" id="))
        #expect(!svg.contains("<script"))
    }

    @Test("without a title, the accessible name says what the plot holds")
    func accessibleName() {
        #expect(PlotSVG.accessibleName(Plot(series: [threePoints, threePoints])) == "Plot: 2 line series")
        let moons = Plot(series: [.init(kind: .scatter, xs: [0], ys: [0])],
                         boundary: .init(xs: [0], ys: [0], classes: [[1]]), title: "  ")
        #expect(PlotSVG.accessibleName(moons) == "Plot: 1 scatter series, decision boundary")
        #expect(PlotSVG.accessibleName(Plot()) == "Empty plot")
    }

    @Test("titles and labels are escaped everywhere they appear")
    func escaping() {
        let plot = Plot(series: [.init(kind: .line, xs: [0, 1], ys: [0, 1], label: "<b>loss</b>")],
                        title: "<script>alert(\"x\")</script>", xLabel: "a & b", yLabel: "y'")
        let svg = PlotSVG.render(plot)
        let parsed = ParsedSVG(svg)
        #expect(parsed.isWellFormed)
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(parsed.withClass("plot-title").first?.text == "<script>alert(\"x\")</script>")
        #expect(parsed.withClass("plot-x-label").first?.text == "a & b")
        #expect(parsed.withClass("plot-y-label").first?.text == "y'")
        #expect(parsed.elements[0].attributes["aria-label"] == "<script>alert(\"x\")</script>")
    }

    @Test("tick labels of a function plot")
    func ticks() {
        let xs = stride(from: -5.0, through: 4.75, by: 0.25).map { $0 }
        let plot = Plot(series: [.init(kind: .line, xs: xs, ys: xs.map { 3 * $0 * $0 - 4 * $0 + 5 })])
        let parsed = ParsedSVG(PlotSVG.render(plot))
        let labels = parsed.all("text").map(\.text)
        #expect(labels == ["-6", "-4", "-2", "0", "2", "4", "6", "0", "20", "40", "60", "80", "100"])
    }

    @Test("the grid is drawn only when asked for")
    func grid() {
        #expect(ParsedSVG(PlotSVG.render(Plot(series: [threePoints], grid: true))).withClass("plot-grid").count == 1)
        #expect(ParsedSVG(PlotSVG.render(Plot(series: [threePoints]))).withClass("plot-grid").isEmpty)
    }

    @Test("series get distinct colours and classes; a legend lists the labelled ones")
    func seriesAndLegend() {
        let plot = Plot(series: [
            .init(kind: .line, xs: [0, 1], ys: [0, 1], label: "train"),
            .init(kind: .line, xs: [0, 1], ys: [1, 0]),
            .init(kind: .line, xs: [0, 1], ys: [2, 2], label: "test"),
        ])
        let parsed = ParsedSVG(PlotSVG.render(plot))
        let strokes = parsed.withClass("plot-line").compactMap { $0.attributes["stroke"] }
        #expect(strokes == ["#0072B2", "#E69F00", "#009E73"])
        #expect(parsed.withClass("plot-series-1").count == 1)
        let legend = parsed.withClass("plot-legend")
        #expect(legend.count == 1)
        let legendTexts = parsed.all("text").map(\.text).suffix(2)
        #expect(Array(legendTexts) == ["train", "test"])
        #expect(ParsedSVG(PlotSVG.render(Plot(series: [threePoints]))).withClass("plot-legend").isEmpty)
    }

    @Test("a scatter coloured by class: one circle per point, one group per class")
    func scatterByClass() {
        let plot = Plot(series: [.init(kind: .scatter, xs: [0, 1, 2, 3], ys: [0, 1, 0, 1], classes: [-1, 1, -1, 1])])
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.all("circle").count == 4)
        #expect(parsed.withClass("plot-class-0").first?.attributes["fill"] == "#0072B2")
        #expect(parsed.withClass("plot-class-1").first?.attributes["fill"] == "#E69F00")
        #expect(parsed.withClass("plot-scatter").count == 1)
    }

    @Test("a line over a scatter coloured by class takes the next free colour")
    func lineOverClasses() {
        let plot = Plot(series: [
            .init(kind: .scatter, xs: [0, 1], ys: [0, 1], classes: [-1, 1]),
            .init(kind: .line, xs: [0, 1], ys: [1, 0]),
        ])
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.withClass("plot-line").first?.attributes["stroke"] == "#D55E00")
    }

    @Test("classes that do not cover every point are ignored: one colour")
    func shortClasses() {
        let plot = Plot(series: [.init(kind: .scatter, xs: [0, 1, 2], ys: [0, 1, 2], classes: [1])])
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.all("circle").count == 3)
        #expect(parsed.withClass("plot-class-0").isEmpty)
        #expect(parsed.withClass("plot-scatter").first?.attributes["fill"] == "#0072B2")
    }

    @Test("the decision map lies under the points, one tinted path per class")
    func boundary() throws {
        let plot = Plot(
            series: [.init(kind: .scatter, xs: [0, 1], ys: [0, 1], classes: [0, 1])],
            boundary: .init(xs: [0, 1], ys: [0, 1], classes: [[0, 1], [1, 1]]))
        let parsed = ParsedSVG(PlotSVG.render(plot))
        let map = try #require(parsed.firstIndex(ofClass: "plot-boundary"))
        let firstCircle = try #require(parsed.elements.firstIndex { $0.name == "circle" })
        #expect(map < firstCircle)
        let paths = parsed.elements[map...].prefix(3).filter { $0.name == "path" }
        #expect(paths.map { $0.attributes["fill"] } == ["#0072B2", "#E69F00"])
        // Class 1 fills the rest of row 0 and all of row 1: two merged rectangles.
        #expect(paths[1].attributes["d"]?.filter { $0 == "M" }.count == 2)
        #expect(parsed.elements[map].attributes["fill-opacity"] == "0.18")
    }

    @Test("series lengths that differ use the shorter")
    func mismatchedLengths() {
        let plot = Plot(series: [.init(kind: .scatter, xs: [0, 1, 2], ys: [5, 6])])
        #expect(ParsedSVG(PlotSVG.render(plot)).all("circle").count == 2)
    }

    @Test("the same plot gives the same bytes")
    func deterministic() {
        let plot = Plot(series: [threePoints, .init(kind: .scatter, xs: [0, 1], ys: [1, 0], classes: [3, 7])],
                        boundary: .init(xs: [0, 2], ys: [0, 1], classes: [[3, 7], [7, 7]]), title: "t", grid: true)
        #expect(PlotSVG.render(plot) == PlotSVG.render(plot))
    }

    @Test("a title too long for the plot is shortened on the page but whole for screen readers")
    func longTitle() throws {
        let title = String(repeating: "gradient ", count: 30)
        let parsed = ParsedSVG(PlotSVG.render(Plot(series: [threePoints], title: title), width: 320, height: 200))
        let drawn = try #require(parsed.withClass("plot-title").first?.text)
        #expect(drawn.count == 36)
        #expect(drawn.hasSuffix("…"))
        #expect(parsed.elements.first?.attributes["aria-label"] == title)
    }

    @Test("a legend taller than the plot sums up the rest")
    func longLegend() {
        let series = (0..<40).map { Plot.Series(kind: .line, xs: [0, 1], ys: [0, Double($0)], label: "run \($0)") }
        let parsed = ParsedSVG(PlotSVG.render(Plot(series: series)))
        let texts = parsed.all("text").map(\.text)
        #expect(texts.contains("run 16"))
        #expect(!texts.contains("run 17"))
        #expect(texts.last == "… 23 more")
    }

    @Test("the size is clamped to something drawable")
    func size() {
        let parsed = ParsedSVG(PlotSVG.render(Plot(series: [threePoints]), width: -5, height: 100_000))
        #expect(parsed.elements.first?.attributes["viewBox"] == "0 0 160 4000")
    }
}
