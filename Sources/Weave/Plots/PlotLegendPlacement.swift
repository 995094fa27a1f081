import MicrogradScript

/// Where a legend box goes in the plot area: at a named location, half a font size in from the edges
/// (matplotlib's `borderaxespad`), or for `'best'` at the first of matplotlib's locations whose box covers the
/// fewest line vertices, scatter points and bars.
enum PlotLegendPlacement {
    /// The gap between the box and the plot area's edges.
    static let inset = 7.0

    /// matplotlib's order of trial for `'best'` (location codes 1 to 10).
    static let candidates: [Plot.Legend.Location] = [
        .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right, .centerLeft, .centerRight, .lowerCenter,
        .upperCenter, .center,
    ]

    /// The top-left corner of a `width × height` box at `location` in the panel's plot area.
    static func box(width: Double, height: Double, location: Plot.Legend.Location, panel: PlotPanel) -> PlotPixel {
        guard location == .best else { return corner(width, height, location, panel.area) }
        let (points, rectangles) = obstacles(panel)
        var best = corner(width, height, .upperRight, panel.area)
        var fewest = Int.max
        for candidate in candidates {
            let at = corner(width, height, candidate, panel.area)
            let box = PlotRectangle(left: at.x, top: at.y, right: at.x + width, bottom: at.y + height)
            let covered = points.filter(box.contains).count + rectangles.filter(box.overlaps).count
            if covered < fewest {
                fewest = covered
                best = at
            }
            if covered == 0 { break }
        }
        return best
    }

    /// The top-left corner of a box at a named location.
    private static func corner(
        _ width: Double, _ height: Double, _ location: Plot.Legend.Location, _ area: PlotRectangle
    ) -> PlotPixel {
        let left = area.left + inset
        let right = max(area.right - inset - width, left)
        let centreX = area.centreX - width / 2
        let top = area.top + inset
        let bottom = max(area.bottom - inset - height, top)
        let centreY = area.centreY - height / 2
        switch location {
        case .best, .upperRight: return PlotPixel(x: right, y: top)
        case .upperLeft: return PlotPixel(x: left, y: top)
        case .lowerLeft: return PlotPixel(x: left, y: bottom)
        case .lowerRight: return PlotPixel(x: right, y: bottom)
        case .right, .centerRight: return PlotPixel(x: right, y: centreY)
        case .centerLeft: return PlotPixel(x: left, y: centreY)
        case .lowerCenter: return PlotPixel(x: centreX, y: bottom)
        case .upperCenter: return PlotPixel(x: centreX, y: top)
        case .center: return PlotPixel(x: centreX, y: centreY)
        }
    }

    /// What a legend should not hide: the vertices of lines, the scatter points, and the bars, in pixels.
    private static func obstacles(_ panel: PlotPanel) -> (points: [PlotPixel], rectangles: [PlotRectangle]) {
        var points: [PlotPixel] = []
        var rectangles: [PlotRectangle] = []
        for artist in panel.axes.artists {
            switch artist {
            case .line(let line):
                let count = min(line.xs.count, line.ys.count)
                for index in PlotContourGrid.evenlySpaced(count: count, keeping: 2000) {
                    if let pixel = panel.pixel(line.xs[index], line.ys[index]) { points.append(pixel) }
                }
            case .scatter(let scatter):
                for index in PlotContourGrid.evenlySpaced(count: scatter.pointCount, keeping: 2000) {
                    if let pixel = panel.pixel(scatter.xs[index], scatter.ys[index]) { points.append(pixel) }
                }
            case .bars(let bars):
                for bar in 0..<bars.count {
                    guard let a = panel.pixel(bars.lefts[bar], bars.bottoms[bar]),
                          let b = panel.pixel(bars.lefts[bar] + bars.widths[bar], bars.bottoms[bar] + bars.heights[bar])
                    else { continue }
                    rectangles.append(PlotRectangle(
                        left: min(a.x, b.x), top: min(a.y, b.y), right: max(a.x, b.x), bottom: max(a.y, b.y)))
                }
            case .contour, .referenceLine, .text:
                break
            }
        }
        return (points, rectangles)
    }
}
