import MicrogradScript

/// A decision map checked and made ready to draw: cell edges from the cell centres, classes row by row.
///
/// A map that cannot be drawn faithfully (no cells, centres that are not finite or not increasing) yields no grid,
/// and the plot is drawn without it. Ragged input is cut to the largest full rectangle. A grid finer than
/// `maximumCellsPerAxis` on an axis keeps evenly spaced rows or columns only: a cell is then still at least about
/// a pixel wide, and the SVG stays small however fine the lesson's grid.
struct PlotBoundaryGrid {
    /// The most columns (and the most rows) drawn.
    static let maximumCellsPerAxis = 200

    /// Column edges in data units, one more than there are columns, increasing.
    let xEdges: [Double]
    /// Row edges in data units, one more than there are rows, increasing.
    let yEdges: [Double]
    /// `classes[row][column]`, every row as long as there are columns.
    let classes: [[Int]]

    /// The drawable grid of `boundary`, or nil.
    init?(_ boundary: Plot.DecisionBoundary) {
        let rowCount = min(boundary.ys.count, boundary.classes.count)
        let columnCount = min(boundary.xs.count, boundary.classes.prefix(rowCount).map(\.count).min() ?? 0)
        guard rowCount > 0, columnCount > 0 else { return nil }
        let rows = Self.evenlySpacedIndices(count: rowCount, keeping: Self.maximumCellsPerAxis)
        let columns = Self.evenlySpacedIndices(count: columnCount, keeping: Self.maximumCellsPerAxis)
        guard let xEdges = Self.edges(columns.map { boundary.xs[$0] }),
              let yEdges = Self.edges(rows.map { boundary.ys[$0] })
        else { return nil }
        self.xEdges = xEdges
        self.yEdges = yEdges
        classes = rows.map { row in columns.map { boundary.classes[row][$0] } }
    }

    /// The extent of the map along x.
    var xExtent: PlotExtent { PlotExtent(lower: xEdges[0], upper: xEdges[xEdges.count - 1]) }
    /// The extent of the map along y.
    var yExtent: PlotExtent { PlotExtent(lower: yEdges[0], upper: yEdges[yEdges.count - 1]) }

    /// `count` indices if there are few enough, else `limit` of them spread evenly from the first to the last.
    static func evenlySpacedIndices(count: Int, keeping limit: Int) -> [Int] {
        guard count > limit, limit > 1 else { return Array(0..<count) }
        return (0..<limit).map { $0 * (count - 1) / (limit - 1) }
    }

    /// Edges halfway between centres; the outer cells are as wide as their neighbour (a lone cell is 1 unit wide).
    /// Nil unless the centres are plottable and strictly increasing.
    static func edges(_ centres: [Double]) -> [Double]? {
        guard let first = centres.first, let last = centres.last else { return nil }
        guard centres.allSatisfy(PlotExtent.isPlottable) else { return nil }
        guard centres.count > 1 else { return [first - 0.5, first + 0.5] }
        var edges = [first - (centres[1] - first) / 2]
        for index in 1..<centres.count {
            guard centres[index] > centres[index - 1] else { return nil }
            edges.append(centres[index - 1] / 2 + centres[index] / 2)
        }
        edges.append(last + (last - centres[centres.count - 2]) / 2)
        return edges.allSatisfy(PlotExtent.isPlottable) ? edges : nil
    }
}
