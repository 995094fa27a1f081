/// Contour lines by marching squares: where `z` crosses one level, as polylines of grid keys (see
/// `PlotContourGrid`; a crossing uses the "lower" slot of its edge). A closed line repeats its first key last.
///
/// Each cell joins its crossings of the level in pairs; at a saddle the cell's centre decides, as for filled
/// bands (see `PlotIsobands`). The segments are then chained across cells into whole lines, open ones (ending at
/// the grid's edge or at a gap) first.
enum PlotIsolines {
    /// The lines of `z = level`.
    static func lines(_ grid: PlotContourGrid, level: Double) -> [[Int]] {
        var segments: [(Int, Int)] = []
        for row in 0..<(grid.rows - 1) {
            for column in 0..<(grid.columns - 1) {
                segments += cellSegments(grid, row, column, level: level)
            }
        }
        return chain(segments)
    }

    /// The iso-line segments of one cell.
    static func cellSegments(_ grid: PlotContourGrid, _ row: Int, _ column: Int, level: Double) -> [(Int, Int)] {
        let corners = grid.cellCorners(row, column)
        let values = corners.map { grid.z[$0.row][$0.column] }
        guard values.allSatisfy({ !$0.isNaN }) else { return [] }
        let high = values.map { $0 > level }
        var crossings: [(key: Int, rising: Bool)] = []
        for index in 0..<4 where high[index] != high[(index + 1) % 4] {
            crossings.append((grid.crossingKey(grid.cellEdge(row, column, index), upper: false), !high[index]))
        }
        if crossings.count == 2 { return [(crossings[0].key, crossings[1].key)] }
        guard crossings.count == 4 else { return [] }
        let centreIsHigh = values.reduce(0, +) / 4 > level
        return (0..<4).compactMap { index in
            let this = crossings[index]
            guard this.rising != centreIsHigh else { return nil }
            return (this.key, crossings[(index + 1) % 4].key)
        }
    }

    /// Segments joined end to end into polylines.
    static func chain(_ segments: [(Int, Int)]) -> [[Int]] {
        var touching: [Int: [Int]] = [:]
        for (index, segment) in segments.enumerated() {
            touching[segment.0, default: []].append(index)
            touching[segment.1, default: []].append(index)
        }
        var used = Array(repeating: false, count: segments.count)
        var lines: [[Int]] = []
        func walk(from start: Int, along first: Int) -> [Int] {
            var line = [start]
            var point = start
            var current: Int? = first
            while let segment = current {
                used[segment] = true
                point = segments[segment].0 == point ? segments[segment].1 : segments[segment].0
                line.append(point)
                current = touching[point]?.first { !used[$0] }
            }
            return line
        }
        // Open lines start at an end: a key only one segment touches.
        for (index, segment) in segments.enumerated() where !used[index] {
            for end in [segment.0, segment.1] where (touching[end]?.count ?? 0) == 1 && !used[index] {
                lines.append(walk(from: end, along: index))
            }
        }
        for index in segments.indices where !used[index] {
            lines.append(walk(from: segments[index].0, along: index))
        }
        return lines
    }
}
