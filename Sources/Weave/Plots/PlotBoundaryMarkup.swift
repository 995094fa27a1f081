/// The decision map: each cell filled with a light tint of its class colour, under the grid and the points.
///
/// Neighbouring cells of one class in a row merge into one rectangle, and each class is one `<path>`, so a
/// moons map of 10,000 cells is a few hundred rectangles. The tint is the class colour at low opacity: it
/// lightens a light page and darkens a dark one without knowing which it is.
enum PlotBoundaryMarkup {
    /// The opacity of the tint.
    static let tintOpacity = 0.18

    /// The map's `<g>`, or "" if there is nothing to draw.
    static func markup(_ grid: PlotBoundaryGrid, canvas: PlotCanvas, colours: PlotClassColours) -> String {
        var pathsByRank: [Int: String] = [:]
        let xPixels = grid.xEdges.map(canvas.pixelX).map(PlotNumber.attribute)
        for (row, classes) in grid.classes.enumerated() {
            let top = PlotNumber.attribute(canvas.pixelY(grid.yEdges[row + 1]))
            let bottom = PlotNumber.attribute(canvas.pixelY(grid.yEdges[row]))
            var start = 0
            while start < classes.count {
                var end = start
                while end + 1 < classes.count, classes[end + 1] == classes[start] { end += 1 }
                let rank = colours.rank(of: classes[start])
                pathsByRank[rank, default: ""] += "M" + xPixels[start] + " " + top + "H" + xPixels[end + 1]
                    + "V" + bottom + "H" + xPixels[start] + "Z"
                start = end + 1
            }
        }
        guard !pathsByRank.isEmpty else { return "" }
        var out = "<g class=\"plot-boundary\" fill-opacity=\"" + PlotNumber.attribute(tintOpacity)
            + "\" shape-rendering=\"crispEdges\">"
        for rank in pathsByRank.keys.sorted() {
            out += "<path class=\"plot-class-\(rank)\" fill=\"" + PlotPalette.colour(rank) + "\" d=\""
                + (pathsByRank[rank] ?? "") + "\"/>"
        }
        return out + "</g>"
    }
}
