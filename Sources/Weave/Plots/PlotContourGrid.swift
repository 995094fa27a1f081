import MicrogradScript

/// A contour set's grid, made ready for marching squares: the values and coordinates of every grid point, and a
/// key for every point a contour can pass through — a grid corner, or where a level crosses a grid edge.
///
/// Keys name points by where they are in the grid, not by their coordinates, so the cells on both sides of an
/// edge agree on them exactly: that is what lets the cells' pieces be joined into whole polygons and lines.
/// A grid larger than `maximumPerAxis` on a side keeps evenly spaced rows or columns, which keeps the SVG small.
struct PlotContourGrid {
    /// The most rows (and columns) contoured.
    static let maximumPerAxis = 300

    /// Grid points down.
    let rows: Int
    /// Grid points across.
    let columns: Int
    /// x of every point, `rows × columns`.
    let xs: [[Double]]
    /// y of every point.
    let ys: [[Double]]
    /// The value at every point.
    let z: [[Double]]

    /// The grid of `contour`, or nil if it has fewer than 2 × 2 points.
    init?(_ contour: Plot.Contour) {
        let rowCount = min(contour.z.count, contour.xs.count, contour.ys.count)
        let columnCount = (0..<rowCount).map {
            min(contour.z[$0].count, contour.xs[$0].count, contour.ys[$0].count)
        }.min() ?? 0
        guard rowCount >= 2, columnCount >= 2 else { return nil }
        let keptRows = Self.evenlySpaced(count: rowCount, keeping: Self.maximumPerAxis)
        let keptColumns = Self.evenlySpaced(count: columnCount, keeping: Self.maximumPerAxis)
        func take(_ values: [[Double]]) -> [[Double]] {
            keptRows.map { row in keptColumns.map { values[row][$0] } }
        }
        rows = keptRows.count
        columns = keptColumns.count
        xs = take(contour.xs)
        ys = take(contour.ys)
        z = take(contour.z)
    }

    /// `count` indices if there are few enough, else `limit` of them spread evenly from the first to the last.
    static func evenlySpaced(count: Int, keeping limit: Int) -> [Int] {
        guard count > limit, limit > 1 else { return Array(0..<count) }
        return (0..<limit).map { $0 * (count - 1) / (limit - 1) }
    }

    /// Where a key lies along a cell's boundary: a corner, or a crossing of the lower or upper level on the
    /// horizontal edge to the right of a grid point or the vertical edge above it.
    enum PointKind: Int {
        case corner = 0, horizontalLower, horizontalUpper, verticalLower, verticalUpper
    }

    /// The key of a point of kind `kind` at grid point `(row, column)`.
    func key(_ row: Int, _ column: Int, _ kind: PointKind) -> Int {
        (row * columns + column) * 5 + kind.rawValue
    }

    /// The data coordinates of the point `key`, the levels being `lower` and `upper`. A crossing is placed by
    /// linear interpolation along its edge, always from the edge's lower-left end, so both cells agree.
    func point(_ key: Int, lower: Double, upper: Double) -> (x: Double, y: Double) {
        let place = key / 5
        let row = place / columns
        let column = place % columns
        guard let kind = PointKind(rawValue: key % 5), kind != .corner else {
            return (xs[row][column], ys[row][column])
        }
        let level = kind == .horizontalLower || kind == .verticalLower ? lower : upper
        let horizontal = kind == .horizontalLower || kind == .horizontalUpper
        let (endRow, endColumn) = horizontal ? (row, column + 1) : (row + 1, column)
        let start = z[row][column]
        let end = z[endRow][endColumn]
        let t = end == start ? 0.5 : (level - start) / (end - start)
        let x = xs[row][column] + t * (xs[endRow][endColumn] - xs[row][column])
        let y = ys[row][column] + t * (ys[endRow][endColumn] - ys[row][column])
        return (x, y)
    }

    /// The four corners of cell `(row, column)` in boundary order (counter-clockwise in grid space), and the
    /// edge that leaves each: `(row, column, horizontal)` of the edge's lower-left end.
    func cellCorners(_ row: Int, _ column: Int) -> [(row: Int, column: Int)] {
        [(row, column), (row, column + 1), (row + 1, column + 1), (row + 1, column)]
    }

    /// The edge from corner `index` to the next one of cell `(row, column)`, named by its lower-left end.
    func cellEdge(_ row: Int, _ column: Int, _ index: Int) -> (row: Int, column: Int, horizontal: Bool) {
        switch index {
        case 0: (row, column, true)
        case 1: (row, column + 1, false)
        case 2: (row + 1, column, true)
        default: (row, column, false)
        }
    }

    /// The key of the crossing of the lower (or upper) level on an edge.
    func crossingKey(_ edge: (row: Int, column: Int, horizontal: Bool), upper: Bool) -> Int {
        let kind: PointKind = edge.horizontal
            ? (upper ? .horizontalUpper : .horizontalLower)
            : (upper ? .verticalUpper : .verticalLower)
        return key(edge.row, edge.column, kind)
    }
}
