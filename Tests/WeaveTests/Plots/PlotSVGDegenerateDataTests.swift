import Foundation
import MicrogradScript
import Testing
@testable import Weave

@Suite("Plot SVG with awkward data")
struct PlotSVGDegenerateDataTests {
    /// No spelling of NaN or infinity, in any case, anywhere in the SVG.
    private func hasNoNonFiniteNumbers(_ svg: String) -> Bool {
        let lower = svg.lowercased()
        return !lower.contains("nan") && !lower.contains("inf")
    }

    @Test("an empty plot has a frame and says there is no data")
    func empty() {
        let parsed = ParsedSVG(PlotSVG.render(Plot()))
        #expect(parsed.isWellFormed)
        #expect(parsed.withClass("plot-empty").first?.text == "no data")
        #expect(parsed.withClass("plot-axis").count == 1)
        #expect(parsed.all("circle").isEmpty)
        #expect(parsed.withClass("plot-line").isEmpty)
    }

    @Test("empty series draw nothing and are not an error")
    func emptySeries() {
        let plot = Plot(series: [
            .init(kind: .line, xs: [], ys: []), .init(kind: .scatter, xs: [], ys: [], classes: []),
        ])
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.isWellFormed)
        #expect(parsed.withClass("plot-series").isEmpty)
        #expect(parsed.withClass("plot-empty").count == 1)
    }

    @Test("a single point of a line shows as a dot, centred on a widened axis")
    func singlePoint() throws {
        let parsed = ParsedSVG(PlotSVG.render(Plot(series: [.init(kind: .line, xs: [3], ys: [3])])))
        let dot = try #require(parsed.withClass("plot-lone-point").first)
        #expect(dot.name == "circle")
        let texts = parsed.all("text").map(\.text)
        #expect(texts.first == "2.7")
        #expect(texts.contains("3"))
        #expect(texts.last == "3.3")
    }

    @Test("all-equal values give a flat line in the middle")
    func allEqual() {
        let parsed = ParsedSVG(PlotSVG.render(Plot(series: [.init(kind: .line, xs: [0, 1, 2, 3], ys: [2, 2, 2, 2])])))
        let yLabels = parsed.all("text").map(\.text).suffix(5)
        #expect(Array(yLabels) == ["1.8", "1.9", "2", "2.1", "2.2"])
        let d = parsed.withClass("plot-line").first?.attributes["d"] ?? ""
        let ys = Set(d.split(whereSeparator: { "ML".contains($0) }).map { $0.split(separator: " ")[1] })
        #expect(ys.count == 1)
    }

    @Test("NaN and infinite values are skipped, and break a line")
    func nonFinite() throws {
        let plot = Plot(series: [
            .init(kind: .line, xs: [0, 1, 2, 3, 4, 5, 6], ys: [1, 2, .nan, 3, .infinity, 2, 1]),
            .init(kind: .scatter, xs: [0, .nan, 2, -.infinity], ys: [1, 1, .nan, 2]),
        ])
        let svg = PlotSVG.render(plot)
        let parsed = ParsedSVG(svg)
        #expect(parsed.isWellFormed)
        #expect(hasNoNonFiniteNumbers(svg))
        let d = try #require(parsed.withClass("plot-line").first?.attributes["d"])
        #expect(d.filter { $0 == "M" }.count == 2)
        #expect(parsed.withClass("plot-lone-point").count == 1)
        #expect(parsed.withClass("plot-scatter").first.map { _ in parsed.all("circle").count } == 2)
    }

    @Test("a plot whose every value is NaN is an empty frame")
    func allNaN() {
        let svg = PlotSVG.render(Plot(series: [.init(kind: .line, xs: [.nan, .nan], ys: [.nan, 1])], grid: true))
        #expect(hasNoNonFiniteNumbers(svg))
        #expect(ParsedSVG(svg).withClass("plot-empty").count == 1)
    }

    @Test("huge, tiny and subnormal values still give finite coordinates")
    func extremes() {
        let tiny = Double.leastNonzeroMagnitude
        for values in [[1e308, -1e308, 0], [tiny, tiny * 2000], [1e300, 1e300 * (1 + 1e-15)], [-0.0, 0.0]] {
            let xs = values.indices.map(Double.init)
            let svg = PlotSVG.render(Plot(series: [.init(kind: .line, xs: xs, ys: values)]))
            #expect(hasNoNonFiniteNumbers(svg))
            #expect(ParsedSVG(svg).isWellFormed)
        }
    }

    @Test("100,000 line points make a small SVG")
    func largeLine() {
        let xs = (0..<100_000).map(Double.init)
        let ys = xs.map { 1 / (1 + $0 / 1000) + 0.05 * ($0.truncatingRemainder(dividingBy: 7) - 3) }
        let svg = PlotSVG.render(Plot(series: [.init(kind: .line, xs: xs, ys: ys)], grid: true))
        #expect(svg.utf8.count < 100_000)
        #expect(ParsedSVG(svg).isWellFormed)
    }

    @Test("100,000 scatter points are merged and sampled to 5,000 circles, and the SVG says so")
    func largeScatter() throws {
        let xs = (0..<100_000).map { sin(Double($0) * 0.618 * 7.1) }
        let ys = (0..<100_000).map { cos(Double($0) * 0.618 * 3.3) }
        let classes = (0..<100_000).map { $0 % 2 }
        let svg = PlotSVG.render(Plot(series: [.init(kind: .scatter, xs: xs, ys: ys, classes: classes)]))
        let parsed = ParsedSVG(svg)
        #expect(parsed.all("circle").count <= PlotScatterMarkers.maximumMarkers)
        #expect(parsed.all("circle").count > 1000)
        let description = try #require(parsed.all("desc").first)
        #expect(description.text.hasPrefix("Scatter points drawn: 5000 of 100000"))
        #expect(svg.utf8.count < 300_000)
    }

    @Test("points on the same spot are drawn once")
    func duplicates() {
        let plot = Plot(series: [.init(kind: .scatter, xs: Array(repeating: 1, count: 50) + [2],
                                       ys: Array(repeating: 1, count: 50) + [2])])
        let parsed = ParsedSVG(PlotSVG.render(plot))
        #expect(parsed.all("circle").count == 2)
        #expect(parsed.all("desc").first?.text.hasPrefix("Scatter points drawn: 2 of 51") == true)
    }
}
