import Testing
@testable import Weave

@Suite("Line paths")
struct PlotLinePathTests {
    private func p(_ x: Double, _ y: Double) -> PlotPixel { PlotPixel(x: x, y: y) }

    @Test("points become one subpath")
    func simple() {
        #expect(PlotLinePath.pathData([p(10, 20), p(30.5, 40.25), p(50, 60)]) == "M10 20L30.5 40.25 50 60")
    }

    @Test("an undrawable point breaks the line; a lone point is left for a dot")
    func gaps() {
        let points: [PlotPixel?] = [p(0, 0), p(1, 1), nil, p(2, 2), nil, nil, p(3, 3), p(4, 4)]
        #expect(PlotLinePath.pathData(points) == "M0 0L1 1M3 3L4 4")
        #expect(PlotLinePath.lonePoints(points) == [p(2, 2)])
        #expect(PlotLinePath.pathData([p(5, 5)]) == "")
        #expect(PlotLinePath.lonePoints([p(5, 5)]) == [p(5, 5)])
        #expect(PlotLinePath.pathData([nil, nil]) == "")
    }

    @Test("a column keeps its first, lowest, highest and last point, in order")
    func columnExtremes() {
        let run = [p(0.1, 5), p(0.2, 9), p(0.3, 1), p(0.4, 4), p(0.9, 6), p(1.5, 2), p(1.7, 2)]
        #expect(PlotLinePath.keepingColumnExtremes(run)
            == [p(0.1, 5), p(0.2, 9), p(0.3, 1), p(0.9, 6), p(1.5, 2), p(1.7, 2)])
    }

    @Test("a path that doubles back drops points within half a pixel, keeping its end")
    func nearNeighbours() {
        let run = [p(0, 0), p(0.1, 0.1), p(1, 0), p(1, 0.2), p(0, 0), p(0, 0.1)]
        #expect(PlotLinePath.droppingNearNeighbours(run) == [p(0, 0), p(1, 0), p(0, 0), p(0, 0.1)])
    }

    @Test("100,000 points of a loss curve shrink to a few per pixel column")
    func largeMonotone() {
        let points: [PlotPixel?] = (0..<100_000).map { k in
            PlotPixel(x: 50 + Double(k) * 0.0056, y: 300 - 200 / (1 + Double(k) / 500) + Double(k % 7))
        }
        let d = PlotLinePath.pathData(points)
        let coordinates = d.split(whereSeparator: { $0 == " " || $0 == "L" || $0 == "M" }).count
        #expect(coordinates / 2 <= 4 * 561)
        #expect(d.hasPrefix("M50 100L"))
        #expect(!d.contains("nan"))
    }

    @Test("a tangle of 100,000 points is capped")
    func largeTangle() {
        let points: [PlotPixel?] = (0..<100_000).map { k in
            let a = Double(k) * 0.618
            return PlotPixel(x: 300 + 250 * (a * 7).truncatingRemainder(dividingBy: 1),
                             y: 200 + 150 * (a * 3).truncatingRemainder(dividingBy: 1))
        }
        let d = PlotLinePath.pathData(points)
        let coordinates = d.split(whereSeparator: { $0 == " " || $0 == "L" || $0 == "M" }).count
        #expect(coordinates / 2 <= PlotLinePath.maximumPoints)
        #expect(coordinates / 2 >= PlotLinePath.maximumPoints / 2)
    }
}
