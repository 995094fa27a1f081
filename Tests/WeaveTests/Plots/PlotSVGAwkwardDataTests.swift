import Foundation
import MicrogradScript
import Testing
@testable import Weave

@Suite("Plot SVG with awkward data")
struct PlotSVGAwkwardDataTests {
    /// No spelling of NaN or infinity, in any case, anywhere in the drawing (the description may name them).
    private func drawsOnlyFiniteNumbers(_ svg: String) -> Bool {
        guard let start = svg.range(of: "</desc>") else { return false }
        let drawing = svg[start.upperBound...].lowercased()
        return !drawing.contains("nan") && !drawing.contains("inf")
    }

    @Test("an empty axes is a frame with matplotlib's 0…1 limits")
    func empty() {
        let plot = Plot(rows: 1, columns: 2)
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.isWellFormed)
        #expect(parsed.withClass("plot-axis").count == 2)
        #expect(parsed.all("circle").isEmpty)
        #expect(parsed.all("text").map(\.text).prefix(6) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test("empty artists draw nothing and are not an error")
    func emptyArtists() throws {
        let plot = try figure {
            try $0.plot(xs: [], ys: [])
            try $0.scatter(xs: [], ys: [])
        }
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.isWellFormed)
        #expect(parsed.withClass("plot-line").isEmpty)
        #expect(parsed.withClass("plot-scatter").isEmpty)
    }

    @Test("NaN and infinite values are skipped, and break a line")
    func nonFinite() throws {
        let plot = try figure {
            try $0.plot(xs: [0, 1, 2, 3, 4, 5, 6], ys: [1, 2, .nan, 3, .infinity, 2, 1])
            try $0.scatter(xs: [0, .nan, 2, -.infinity], ys: [1, 1, .nan, 2])
        }
        let svg = PlotSVG.render(plot)
        let parsed = ParsedSVG(svg)
        #expect(parsed.isWellFormed)
        #expect(drawsOnlyFiniteNumbers(svg))
        let d = try #require(parsed.withClass("plot-line").first?.attributes["d"])
        #expect(d.filter { $0 == "M" }.count == 2)
        #expect(parsed.all("circle").count == 1)
    }

    @Test("a figure whose every value is NaN is a frame")
    func allNaN() throws {
        let plot = try figure {
            try $0.plot(xs: [.nan, .nan], ys: [.nan, 1])
            $0.grid(visible: true)
        }
        let svg = PlotSVG.render(plot)
        #expect(drawsOnlyFiniteNumbers(svg))
        #expect(ParsedSVG(svg).isWellFormed)
    }

    @Test("huge, tiny and subnormal values still give finite coordinates")
    func extremes() throws {
        let tiny = Double.leastNonzeroMagnitude
        for values in [[1e308, -1e308, 0], [tiny, tiny * 2000], [1e300, 1e300 * (1 + 1e-15)], [-0.0, 0.0]] {
            let plot = try figure { try $0.plot(xs: values.indices.map(Double.init), ys: values) }
            let svg = PlotSVG.render(plot)
            #expect(drawsOnlyFiniteNumbers(svg), "\(values)")
            #expect(ParsedSVG(svg).isWellFormed)
        }
    }

    @Test("limits set far from the data clip it away; data far outside stays finite")
    func farLimits() throws {
        let plot = try figure {
            try $0.plot(xs: [0, 1e200], ys: [0, 1e200])
            $0.setXLimits(lower: 0, upper: 1)
            $0.setYLimits(lower: 0, upper: 1)
        }
        let svg = PlotSVG.render(plot)
        #expect(drawsOnlyFiniteNumbers(svg))
        #expect(ParsedSVG(svg).isWellFormed)
    }

    @Test("100,000 line points make a small SVG")
    func largeLine() throws {
        let xs = (0..<100_000).map(Double.init)
        let ys = xs.map { 1 / (1 + $0 / 1000) + 0.05 * ($0.truncatingRemainder(dividingBy: 7) - 3) }
        let plot = try figure { try $0.plot(xs: xs, ys: ys) }
        let svg = PlotSVG.render(plot)
        #expect(svg.utf8.count < 100_000)
        #expect(ParsedSVG(svg).isWellFormed)
    }

    @Test("100,000 scatter points are merged and sampled to 5,000 markers, and the SVG says so")
    func largeScatter() throws {
        let xs = (0..<100_000).map { sin(Double($0) * 0.618 * 7.1) }
        let ys = (0..<100_000).map { cos(Double($0) * 0.618 * 3.3) }
        let plot = try figure {
            try $0.scatter(xs: xs, ys: ys, options: Plot.ScatterOptions(colours: .values(xs.indices.map { Double($0 % 2) })))
        }
        let svg = PlotSVG.render(plot)
        let parsed = ParsedSVG(svg)
        #expect(parsed.all("circle").count == PlotScatterSampling.maximumMarkers)
        let description = try #require(parsed.all("desc").first)
        #expect(description.text.contains("Scatter points drawn: 5000 of 100000"))
        #expect(svg.utf8.count < 500_000)
    }

    @Test("points on the same spot are drawn once")
    func duplicates() throws {
        let plot = try figure {
            try $0.scatter(xs: Array(repeating: 1, count: 50) + [2], ys: Array(repeating: 1, count: 50) + [2])
        }
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.all("circle").count == 2)
        #expect(parsed.all("desc").first?.text.contains("Scatter points drawn: 2 of 51") == true)
    }

    @Test("a 1,000 × 1,000 contour grid is thinned to 300 × 300 and stays small")
    func largeContour() throws {
        let axis = (0..<1000).map { Double($0) / 100 }
        let z = axis.map { y in axis.map { x in sin(x) * cos(y) } }
        let plot = try figure {
            try $0.contour(filled: true, x: .vector(axis), y: .vector(axis), z: z)
        }
        let svg = PlotSVG.render(plot)
        #expect(ParsedSVG(svg).isWellFormed)
        #expect(svg.utf8.count < 1_000_000)
    }

    @Test("contours of flat, NaN-holed and boolean grids")
    func awkwardContours() throws {
        for z: [[Double]] in [[[1, 1], [1, 1]], [[0, .nan, 1], [1, 2, .nan], [0, 1, 2]], [[0, 1], [1, 0]]] {
            let plot = try figure {
                try $0.contour(filled: true, x: nil, y: nil, z: z)
                try $0.contour(filled: false, x: nil, y: nil, z: z)
            }
            let svg = PlotSVG.render(plot)
            #expect(ParsedSVG(svg).isWellFormed, "\(z)")
            #expect(drawsOnlyFiniteNumbers(svg), "\(z)")
        }
    }

    @Test("bars of zero and negative height, and a histogram of one value")
    func awkwardBars() throws {
        let plot = try figure {
            try $0.bar(x: .numbers([0, 1, 2]), heights: [0, -2, 3])
            try $0.hist(values: [5, 5, 5])
        }
        let svg = PlotSVG.render(plot)
        #expect(ParsedSVG(svg).isWellFormed)
        #expect(drawsOnlyFiniteNumbers(svg))
    }
}
