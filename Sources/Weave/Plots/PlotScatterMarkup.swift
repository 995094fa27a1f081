import MicrogradScript

/// A scatter as SVG: one marker per point, in the points' order (later points on top, as in matplotlib), each
/// filled with its colour and edged in the same colour one point wide (matplotlib's `edgecolors='face'`).
/// Consecutive markers of one colour share a group, so a scatter in one colour, or sorted by colour, stays small.
enum PlotScatterMarkup {
    /// The markup of `scatter`, the `index`-th artist of the panel's axes, and how many of its points were drawn
    /// out of how many could be.
    static func markup(_ scatter: Plot.Scatter, index: Int, panel: PlotPanel) -> (markup: String, drawn: Int, drawable: Int) {
        let count = scatter.pointCount
        let colours = scatter.faceColours
        let points = (0..<count).map { panel.pixel(scatter.xs[$0], scatter.ys[$0]) }
        var palette: [String: Int] = [:]
        let keys = (0..<count).map { point in
            let look = colours[point].hex + PlotNumber.attribute(colours[point].alpha) + "/"
                + PlotNumber.attribute(scatter.size(at: point))
            if let known = palette[look] { return known }
            palette[look] = palette.count
            return palette.count - 1
        }
        let sampling = PlotScatterSampling(points: points, keys: keys, limit: PlotScatterSampling.maximumMarkers)
        guard !sampling.kept.isEmpty else { return ("", 0, sampling.drawableCount) }
        let strokeOnly = scatter.marker.isStrokeOnly
        let edgeWidth = strokeOnly ? Plot.Line.defaultWidth : scatter.edgeWidth
        // Markers edged in their own colour are marked, so a dark theme can outline them: dark colours (viridis'
        // purple) would otherwise sink into a dark page.
        let faceEdged = !strokeOnly && scatter.edgeColour == nil
        var out = "<g class=\"plot-scatter plot-artist-\(index)" + (faceEdged ? " plot-face-edge" : "") + "\""
            + PlotPaint.strokeWidth(points: edgeWidth) + ">"
        var openColour: PlotColour?
        for marker in sampling.kept {
            let colour = colours[marker.index]
            if colour != openColour {
                if openColour != nil { out += "</g>" }
                out += "<g" + paint(colour, scatter: scatter, strokeOnly: strokeOnly) + ">"
                openColour = colour
            }
            let size = scatter.size(at: marker.index).squareRoot() * PlotPaint.pixelsPerPoint
            out += PlotMarkerShape.element(scatter.marker, at: marker.centre, size: size.isFinite ? size : 0)
        }
        out += "</g></g>"
        return (out, sampling.kept.count, sampling.drawableCount)
    }

    /// Fill and edge of a run of markers in one colour.
    private static func paint(_ colour: PlotColour, scatter: Plot.Scatter, strokeOnly: Bool) -> String {
        if strokeOnly { return " fill=\"none\"" + PlotPaint.stroke(colour) }
        let edge = scatter.edgeColour.map { $0.with(alpha: scatter.alpha) } ?? colour
        return PlotPaint.fill(colour) + PlotPaint.stroke(edge)
    }
}
