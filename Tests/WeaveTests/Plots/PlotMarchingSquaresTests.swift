import MicrogradScript
import Testing
@testable import Weave

/// Marching squares on small grids, stated literally: which points each band's rings and each level's lines
/// pass through, in data coordinates.
@Suite("Plot marching squares")
struct PlotMarchingSquaresTests {
    private func grid(_ z: [[Double]]) throws -> PlotContourGrid {
        let rows = z.count
        let columns = z.first?.count ?? 0
        let contour = Plot.Contour(
            filled: true, xs: Array(repeating: (0..<columns).map(Double.init), count: rows),
            ys: (0..<rows).map { Array(repeating: Double($0), count: columns) }, z: z, levels: [0, 1])
        return try #require(PlotContourGrid(contour))
    }

    private func points(_ grid: PlotContourGrid, _ chains: [[Int]], lower: Double, upper: Double) -> [[[Double]]] {
        chains.map { chain in chain.map { let p = grid.point($0, lower: lower, upper: upper); return [p.x, p.y] } }
    }

    @Test("one corner above the level: a triangle cut off, the rest of the cell below")
    func oneCorner() throws {
        let square = try grid([[0, 0], [0, 4]])
        #expect(points(square, PlotIsobands.rings(square, lower: 1, upper: 5), lower: 1, upper: 5)
                == [[[1, 0.25], [1, 1], [0.25, 1]]])
        #expect(points(square, PlotIsobands.rings(square, lower: -1, upper: 1), lower: -1, upper: 1)
                == [[[0.25, 1], [0, 1], [0, 0], [1, 0], [1, 0.25]]])
        #expect(points(square, PlotIsolines.lines(square, level: 1), lower: 1, upper: 1) == [[[1, 0.25], [0.25, 1]]])
    }

    @Test("a saddle joins the high corners when the centre is high, and parts them when it is low")
    func saddles() throws {
        let high = try grid([[2, 0], [0, 2]])
        #expect(PlotIsobands.rings(high, lower: 0.5, upper: 3).count == 1)
        #expect(PlotIsolines.lines(high, level: 0.5).count == 2)
        let low = try grid([[1, 0], [0, 1]])
        #expect(PlotIsobands.rings(low, lower: 0.75, upper: 3).count == 2)
        #expect(points(low, PlotIsobands.rings(low, lower: 0.75, upper: 3), lower: 0.75, upper: 3)
                == [[[1, 0.75], [1, 1], [0.75, 1]], [[0, 0.25], [0, 0], [0.25, 0]]])
    }

    @Test("a band between two levels through one cell, and a peak inside a grid making a hole")
    func bandAndHole() throws {
        let ramp = try grid([[0, 3], [0, 3]])
        let third: Double = 1.0 / 3
        let twoThirds: Double = 2.0 / 3
        let expected: [[[Double]]] = [[[third, 0], [twoThirds, 0], [twoThirds, 1], [third, 1]]]
        #expect(points(ramp, PlotIsobands.rings(ramp, lower: 1, upper: 2), lower: 1, upper: 2) == expected)
        let peak = try grid([[0, 0, 0], [0, 4, 0], [0, 0, 0]])
        // The band 0 < z ≤ 2 is a ring around the peak, merged from four cells: an outline through the grid's
        // edge midpoints (where z leaves 0) and a hole where z passes 2.
        let rings = PlotIsobands.rings(peak, lower: 0, upper: 2)
        #expect(points(peak, rings, lower: 0, upper: 2)
                == [[[1, 0.5], [0.5, 1], [1, 1.5], [1.5, 1]], [[0, 1], [1, 0], [2, 1], [1, 2]]])
        #expect(PlotIsolines.lines(peak, level: 2).count == 1)
        #expect(PlotIsolines.lines(peak, level: 2).first.map { $0.first == $0.last } == true)
    }

    @Test("cells with a NaN corner are left out, and the band's outline goes round them")
    func gaps() throws {
        let holed = try grid([[1, 1, 1], [1, .nan, 1], [1, 1, 1]])
        #expect(PlotIsobands.rings(holed, lower: 0, upper: 2).isEmpty)
        let partial = try grid([[1, 1, 1], [1, 1, 1], [1, 1, .nan]])
        let rings = PlotIsobands.rings(partial, lower: 0, upper: 2)
        #expect(rings.count == 1)
        #expect(points(partial, rings, lower: 0, upper: 2).first?.count == 8)
    }
}
