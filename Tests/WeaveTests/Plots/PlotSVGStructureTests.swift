import Foundation
import MicrogradScript
import Testing
@testable import Weave

/// A figure of one axes built by `build`, `size` inches large.
func figure(size: Plot.Size = Plot.defaultSize, _ build: (inout Plot.Axes) throws -> Void) rethrows -> Plot {
    var axes = Plot.Axes()
    try build(&axes)
    return Plot(size: size, axes: axes)
}

@Suite("Plot SVG structure")
struct PlotSVGStructureTests {
    private let threePoints = try? figure { try $0.plot(xs: [0, 1, 2], ys: [1, 0.5, 0.25]) }

    @Test("the root scales, names and describes itself for screen readers, and has no ids")
    func root() throws {
        var plot = try #require(threePoints)
        plot.axes[0].title = "Loss"
        let svg = PlotSVG.render(plot)
        let parsed = ParsedSVG(svg)
        #expect(parsed.isWellFormed)
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["class"] == "plot")
        #expect(root.attributes["viewBox"] == "0 0 640 480")
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"] == "Loss")
        #expect(parsed.elements[1].name == "title")
        #expect(parsed.elements[1].text == "Loss")
        #expect(parsed.elements[2].name == "desc")
        #expect(parsed.elements[2].text == plot.plainText.replacingOccurrences(of: "\n", with: " "))
        #expect(!svg.contains(" id="))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("href"))
    }

    @Test("the SVG's aspect ratio follows figsize, 100 pixels to the inch")
    func figureSize() throws {
        var plot = try #require(threePoints)
        plot.size = Plot.Size(width: 5, height: 5)
        #expect(ParsedSVG(PlotSVG.render(plot)).elements.first?.attributes["viewBox"] == "0 0 500 500")
        plot.size = Plot.Size(width: 12, height: 3)
        #expect(ParsedSVG(PlotSVG.render(plot)).elements.first?.attributes["viewBox"] == "0 0 1200 300")
        plot.size = Plot.Size(width: 0.5, height: 90)
        #expect(ParsedSVG(PlotSVG.render(plot)).elements.first?.attributes["viewBox"] == "0 0 160 4000")
    }

    @Test("without a title, the accessible name says what the figure holds")
    func accessibleName() throws {
        let plot = try figure {
            try $0.plot(xs: [0, 1], ys: [0, 1])
            try $0.plot(xs: [0, 1], ys: [1, 0])
            try $0.scatter(xs: [0], ys: [0])
            try $0.contour(filled: true, x: nil, y: nil, z: [[0, 1], [1, 2]])
            $0.title = "  "
        }
        #expect(PlotSVG.accessibleName(plot) == "Plot: 2 line, 1 scatter, 1 filled contour")
        #expect(PlotSVG.accessibleName(Plot()) == "Empty plot")
        var titled = plot
        titled.title = "moons"
        #expect(PlotSVG.accessibleName(titled) == "moons")
    }

    @Test("titles, labels and legend entries are escaped everywhere they appear")
    func escaping() throws {
        let plot = try figure {
            try $0.plot(xs: [0, 1], ys: [0, 1], options: Plot.LineOptions(label: "<b>loss</b>"))
            $0.title = "<script>alert(\"x\")</script>"
            $0.xLabel = "a & b"
            $0.yLabel = "y'"
            $0.legend()
        }
        let svg = PlotSVG.render(plot)
        let parsed = ParsedSVG(svg)
        #expect(parsed.isWellFormed)
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>"))
        #expect(parsed.withClass("plot-title").first?.text == "<script>alert(\"x\")</script>")
        #expect(parsed.withClass("plot-x-label").first?.text == "a & b")
        #expect(parsed.withClass("plot-y-label").first?.text == "y'")
        #expect(parsed.withClass("plot-legend").count == 1)
        #expect(parsed.all("text").map(\.text).contains("<b>loss</b>"))
    }

    @Test("tick labels are matplotlib's, with its minus sign")
    func ticks() throws {
        let xs = stride(from: -5.0, through: 4.75, by: 0.25).map { $0 }
        let plot = try figure { try $0.plot(xs: xs, ys: xs.map { 3 * $0 * $0 - 4 * $0 + 5 }) }
        let labels = ParsedSVG(PlotSVG.render(plot)).all("text").map(\.text)
        #expect(labels == ["−4", "−2", "0", "2", "4", "0", "20", "40", "60", "80", "100"])
    }

    @Test("grid lines follow grid(); matplotlib's cycle colours the lines")
    func gridAndColours() throws {
        var plot = try figure {
            try $0.plot(xs: [0, 1], ys: [0, 1])
            try $0.plot(xs: [0, 1], ys: [1, 0])
            try $0.plot(xs: [0, 1], ys: [2, 2], format: Plot.FormatString("r--"))
            try $0.plot(xs: [0, 1], ys: [3, 3])
        }
        var parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.withClass("plot-grid").isEmpty)
        #expect(parsed.withClass("plot-line").compactMap { $0.attributes["stroke"] }
                == ["#1f77b4", "#ff7f0e", "#ff0000", "#2ca02c"])
        #expect(parsed.withClass("plot-line")[2].attributes["stroke-dasharray"] == "7.71 3.33")
        plot.axes[0].grid(visible: nil)
        parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.withClass("plot-grid").count == 1)
    }

    @Test("artists are clipped to the plot area by a nested svg, in matplotlib's z-order")
    func clippingAndOrder() throws {
        let plot = try figure {
            try $0.plot(xs: [0, 1], ys: [0, 1])
            try $0.scatter(xs: [0, 1], ys: [1, 0])
            try $0.contour(filled: true, x: nil, y: nil, z: [[0, 1], [1, 2]])
        }
        let parsed = ParsedSVG(PlotSVG.render(plot))
        let viewport = try #require(parsed.elements.dropFirst().first { $0.name == "svg" })
        #expect(viewport.attributes["overflow"] == "hidden")
        // Patches and collections (zorder 1) first, in the order drawn; then lines (zorder 2).
        let scatter = try #require(parsed.firstIndex(ofClass: "plot-scatter"))
        let bands = try #require(parsed.firstIndex(ofClass: "plot-contourf"))
        let line = try #require(parsed.firstIndex(ofClass: "plot-line"))
        #expect(scatter < bands && bands < line)
    }

    @Test("a grid of axes: a panel each, the figure's title above them")
    func panels() throws {
        var plot = Plot(size: Plot.Size(width: 10, height: 4), rows: 1, columns: 2)
        try plot.axes[0].plot(xs: [0, 1], ys: [0, 1])
        try plot.axes[1].hist(values: [1, 2, 2, 3])
        plot.axes[1].title = "hist"
        plot.title = "two"
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.elements.first?.attributes["class"] == "plot plot-panels")
        #expect(parsed.withClass("plot-axes").count == 2)
        #expect(parsed.withClass("plot-suptitle").first?.text == "two")
        #expect(parsed.withClass("plot-hist").count == 1)
        let layout = PlotFigureLayout(plot)
        #expect(layout.panels[0].area.right < layout.panels[1].area.left)
    }

    @Test("a colour bar stands beside the axes, a block per contour band")
    func colorbar() throws {
        let plot = try figure {
            try $0.contour(filled: true, x: nil, y: nil, z: [[0, 1, 2], [1, 2, 3], [2, 3, 4]],
                           options: Plot.ContourOptions(levels: .values([0, 1, 2, 4])))
            try $0.colorbar(label: "z")
        }
        let parsed = ParsedSVG(PlotSVG.render(plot))
        let bar = try #require(parsed.firstIndex(ofClass: "plot-colorbar"))
        let blocks = parsed.elements[bar...].filter { $0.name == "rect" }
        #expect(blocks.count == 3)
        #expect(parsed.all("text").map(\.text).suffix(5) == ["0", "1", "2", "4", "z"])
        let layout = PlotFigureLayout(plot)
        let colorbar = try #require(layout.panels[0].colorbar)
        #expect(colorbar.rectangle.left > layout.panels[0].area.right)
    }

    @Test("a legend lists labelled artists; 'best' takes matplotlib's first location that covers no data")
    func legend() throws {
        func boxLeft(_ plot: Plot) throws -> Double {
            let box = try #require(ParsedSVG(PlotSVG.render(plot)).withClass("plot-legend-box").first)
            return try #require(Double(box.attributes["x"] ?? ""))
        }
        let falling = try figure {
            try $0.plot(xs: [0, 1, 2, 3], ys: [3, 2.5, 2, 1.5], options: Plot.LineOptions(label: "train"))
            try $0.scatter(xs: [0, 3], ys: [0, 0], options: Plot.ScatterOptions(label: "_hidden"))
            try $0.bar(x: .numbers([1]), heights: [1], options: Plot.BarOptions(label: "bar"))
            $0.legend()
        }
        let parsed = ParsedSVG(PlotSVG.render(falling))
        #expect(parsed.withClass("plot-legend").count == 1)
        #expect(Array(parsed.all("text").map(\.text).suffix(2)) == ["train", "bar"])
        let area = PlotFigureLayout(falling).panels[0].area
        #expect(try boxLeft(falling) > area.centreX)
        let rising = try figure {
            try $0.plot(xs: [0, 1, 2, 3], ys: [0, 1, 2, 3], options: Plot.LineOptions(label: "up"))
            $0.legend()
        }
        #expect(try boxLeft(rising) < area.centreX)
        var placed = rising
        placed.axes[0].legend(location: .lowerRight)
        #expect(try boxLeft(placed) > area.centreX)
    }

    @Test("axis('off') hides the frame, ticks and labels, not the title")
    func axisOff() throws {
        var plot = try #require(threePoints)
        plot.axes[0].showsAxis = false
        plot.axes[0].title = "t"
        plot.axes[0].xLabel = "x"
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.withClass("plot-axis").isEmpty)
        #expect(parsed.withClass("plot-x-label").isEmpty)
        #expect(parsed.withClass("plot-title").first?.text == "t")
    }

    @Test("the same figure gives the same bytes")
    func deterministic() throws {
        let plot = try figure {
            try $0.plot(xs: [0, 1, 2], ys: [1, 0.5, 0.25], options: Plot.LineOptions(label: "a"))
            try $0.scatter(xs: [0, 1], ys: [1, 0], options: Plot.ScatterOptions(colours: .values([3, 7])))
            try $0.contour(filled: true, x: nil, y: nil, z: [[3, 7], [7, 7]])
            $0.legend()
            try $0.colorbar()
        }
        #expect(PlotSVG.render(plot) == PlotSVG.render(plot))
    }

    @Test("a title too long for the plot is shortened on the page but whole for screen readers")
    func longTitle() throws {
        var plot = try #require(threePoints)
        let title = String(repeating: "gradient ", count: 30)
        plot.axes[0].title = title
        plot.size = Plot.Size(width: 3.2, height: 2)
        let parsed = ParsedSVG(PlotSVG.render(plot))
        let drawn = try #require(parsed.withClass("plot-title").first?.text)
        #expect(drawn.count < 40)
        #expect(drawn.hasSuffix("…"))
        #expect(parsed.elements.first?.attributes["aria-label"] == title)
    }
}
