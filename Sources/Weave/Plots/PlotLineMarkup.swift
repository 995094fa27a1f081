import MicrogradScript

/// Lines (`plot`) and reference lines (`axhline`, `axvline`) as SVG: the stroke in the line's colour, width and
/// dash pattern, then its markers, if any. Large lines are simplified (see `PlotLinePath`).
enum PlotLineMarkup {
    /// The markup of `line`, the `index`-th artist of the panel's axes; "" if nothing of it can be drawn.
    static func markup(_ line: Plot.Line, index: Int, panel: PlotPanel) -> String {
        let count = min(line.xs.count, line.ys.count)
        let points = (0..<count).map { panel.pixel(line.xs[$0], line.ys[$0]) }
        let colour = line.drawnColour
        var out = ""
        if line.lineStyle != .none {
            let d = PlotLinePath.pathData(points)
            if !d.isEmpty {
                out += "<path class=\"plot-line plot-artist-\(index)\" fill=\"none\"" + PlotPaint.stroke(colour)
                    + PlotPaint.strokeWidth(points: line.lineWidth)
                    + PlotPaint.dashes(line.lineStyle, widthPoints: line.lineWidth)
                    + " stroke-linejoin=\"round\" stroke-linecap=\"" + (line.lineStyle == .solid ? "square" : "butt")
                    + "\" d=\"" + d + "\"/>"
            }
        }
        if let marker = line.marker {
            let markers = PlotScatterSampling(points: points, keys: nil, limit: PlotScatterSampling.maximumMarkers)
            guard !markers.kept.isEmpty else { return out }
            let size = line.markerSize * PlotPaint.pixelsPerPoint
            out += "<g class=\"plot-markers plot-artist-\(index)\"" + markerPaint(marker, colour) + ">"
            for point in markers.kept {
                out += PlotMarkerShape.element(marker, at: point.centre, size: size)
            }
            out += "</g>"
        }
        return out
    }

    /// A line's markers are filled and edged in its colour (1 point wide); stroke-only markers are 1.5 points.
    static func markerPaint(_ marker: Plot.Marker, _ colour: PlotColour) -> String {
        if marker.isStrokeOnly {
            return " fill=\"none\"" + PlotPaint.stroke(colour) + PlotPaint.strokeWidth(points: Plot.Line.defaultWidth)
        }
        return PlotPaint.fill(colour) + PlotPaint.stroke(colour) + PlotPaint.strokeWidth(points: 1)
    }

    /// The markup of `axhline` / `axvline`: across the plot area (or the fraction of it asked for) at its value.
    static func markup(_ line: Plot.ReferenceLine, index: Int, panel: PlotPanel) -> String {
        guard PlotExtent.isPlottable(line.position) else { return "" }
        let area = panel.area
        let d: String
        switch line.orientation {
        case .horizontal:
            let y = panel.pixelY(line.position)
            guard y.isFinite else { return "" }
            d = "M" + PlotNumber.attribute(area.left + line.start * area.width) + " " + PlotNumber.attribute(y)
                + "H" + PlotNumber.attribute(area.left + line.end * area.width)
        case .vertical:
            let x = panel.pixelX(line.position)
            guard x.isFinite else { return "" }
            d = "M" + PlotNumber.attribute(x) + " " + PlotNumber.attribute(area.bottom - line.start * area.height)
                + "V" + PlotNumber.attribute(area.bottom - line.end * area.height)
        }
        return "<path class=\"plot-" + line.orientation.rawValue + " plot-artist-\(index)\" fill=\"none\""
            + PlotPaint.stroke(line.drawnColour) + PlotPaint.strokeWidth(points: line.lineWidth)
            + PlotPaint.dashes(line.lineStyle, widthPoints: line.lineWidth) + " d=\"" + d + "\"/>"
    }
}
