import MicrogradScript
import Testing
@testable import Weave

@Suite("Decision-map grids")
struct PlotBoundaryGridTests {
    @Test("edges lie halfway between centres; outer cells are as wide as their neighbours")
    func edges() {
        #expect(PlotBoundaryGrid.edges([0, 1, 3]) == [-0.5, 0.5, 2, 4])
        #expect(PlotBoundaryGrid.edges([2]) == [1.5, 2.5])
        #expect(PlotBoundaryGrid.edges([0, 0]) == nil)
        #expect(PlotBoundaryGrid.edges([1, 0]) == nil)
        #expect(PlotBoundaryGrid.edges([0, .nan]) == nil)
        #expect(PlotBoundaryGrid.edges([]) == nil)
    }

    @Test("evenly spaced indices keep both ends")
    func spacing() {
        #expect(PlotBoundaryGrid.evenlySpacedIndices(count: 5, keeping: 3) == [0, 2, 4])
        #expect(PlotBoundaryGrid.evenlySpacedIndices(count: 3, keeping: 10) == [0, 1, 2])
        #expect(PlotBoundaryGrid.evenlySpacedIndices(count: 10, keeping: 4) == [0, 3, 6, 9])
    }

    @Test("ragged input is cut to a full rectangle")
    func ragged() throws {
        let boundary = Plot.DecisionBoundary(xs: [0, 1, 2], ys: [0, 1, 2], classes: [[0, 1, 1], [1, 1]])
        let grid = try #require(PlotBoundaryGrid(boundary))
        #expect(grid.classes == [[0, 1], [1, 1]])
        #expect(grid.xEdges == [-0.5, 0.5, 1.5])
        #expect(grid.yEdges == [-0.5, 0.5, 1.5])
    }

    @Test("an empty or unordered map is not drawn")
    func undrawable() {
        #expect(PlotBoundaryGrid(.init(xs: [], ys: [], classes: [])) == nil)
        #expect(PlotBoundaryGrid(.init(xs: [0, 1], ys: [0], classes: [[]])) == nil)
        #expect(PlotBoundaryGrid(.init(xs: [1, 0], ys: [0], classes: [[0, 1]])) == nil)
    }

    @Test("a very fine grid keeps 200 columns and rows")
    func fine() throws {
        let axis = (0..<1000).map(Double.init)
        let classes = axis.map { y in axis.map { x in x > y ? 1 : 0 } }
        let grid = try #require(PlotBoundaryGrid(.init(xs: axis, ys: axis, classes: classes)))
        #expect(grid.classes.count == 200)
        #expect(grid.classes.allSatisfy { $0.count == 200 })
        #expect(grid.xEdges.count == 201)
        #expect(grid.xExtent.lower < 0 && grid.xExtent.upper > 999)
    }
}
