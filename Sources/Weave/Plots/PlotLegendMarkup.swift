import MicrogradScript

/// The legend: a row per labelled artist — a sample of its line, marker or bar, then its label — in a box at
/// the location `legend(loc=)` asked for. `'best'` tries matplotlib's locations in matplotlib's order and takes
/// the first that covers the fewest data points (see `PlotLegendPlacement`).
///
/// The box is a faint tint of `currentColor`; a page that wants it opaque can fill `.plot-legend-box` with its
/// background colour. Long labels are shortened, and rows beyond the plot's height are summed up as "… N more".
enum PlotLegendMarkup {
    /// Height of one row.
    static let rowHeight = 18.0
    /// Length of a line sample (matplotlib's `handlelength`, 2 em).
    static let sampleLength = 22.0

    /// The legend's `<g>`, or "" without a legend or without entries.
    static func markup(_ panel: PlotPanel) -> String {
        guard let legend = panel.axes.legend else { return "" }
        let fontSize = panel.fonts.tick
        let row = rowHeight * panel.fonts.scale
        let area = panel.area
        var entries = self.entries(panel.axes, legend).map { entry in
            (entry.artist, entry.index, PlotTextFitting.fitted(entry.label, width: area.width / 2, fontSize: fontSize))
        }
        guard !entries.isEmpty else { return "" }
        let rowRoom = max(1, Int((area.height - 16) / row))
        var hiddenCount = 0
        if entries.count > rowRoom {
            hiddenCount = entries.count - (rowRoom - 1)
            entries = Array(entries.prefix(rowRoom - 1))
        }
        let moreText = "… \(hiddenCount) more"
        let textWidth = (entries.map { PlotFonts.width($0.2, fontSize: fontSize) }
            + [hiddenCount > 0 ? PlotFonts.width(moreText, fontSize: fontSize) : 0]).max() ?? 0
        let width = 8 + sampleLength + 8 + textWidth + 8
        let height = Double(entries.count + (hiddenCount > 0 ? 1 : 0)) * row + 8
        let corner = PlotLegendPlacement.box(
            width: width, height: height, location: legend.location, panel: panel)
        let box = PlotRectangle(left: corner.x, top: corner.y, right: corner.x + width, bottom: corner.y + height)
        let textLeft = PlotNumber.attribute(box.left + 8 + sampleLength + 8)
        var out = "<g class=\"plot-legend\" font-size=\"" + PlotNumber.attribute(fontSize) + "\">"
            + "<rect class=\"plot-legend-box\" x=\"" + PlotNumber.attribute(box.left) + "\" y=\""
            + PlotNumber.attribute(box.top) + "\" width=\"" + PlotNumber.attribute(width) + "\" height=\""
            + PlotNumber.attribute(height) + "\" rx=\"4\" fill=\"currentColor\" fill-opacity=\"0.04\""
            + " stroke=\"currentColor\" stroke-opacity=\"0.2\"/>"
        for (position, entry) in entries.enumerated() {
            let middle = box.top + 4 + (Double(position) + 0.5) * row
            out += sample(entry.0, index: entry.1, left: box.left + 8, middle: middle)
            let baseline = PlotNumber.attribute(middle + 0.36 * fontSize)
            out += "<text x=\"" + textLeft + "\" y=\"" + baseline + "\" fill=\"currentColor\">"
            out += PlotMarkup.text(entry.2) + "</text>"
        }
        if hiddenCount > 0 {
            let middle = box.top + 4 + (Double(entries.count) + 0.5) * row
            let baseline = PlotNumber.attribute(middle + 4)
            out += "<text x=\"" + PlotNumber.attribute(box.left + 8) + "\" y=\"" + baseline
            out += "\" fill=\"currentColor\" fill-opacity=\"0.7\">" + PlotMarkup.text(moreText) + "</text>"
        }
        return out + "</g>"
    }

    /// The artists the legend lists, with their labels: the labelled ones, or with `legend(labels)` the artists
    /// in order, labelled in turn.
    static func entries(_ axes: Plot.Axes, _ legend: Plot.Legend) -> [(artist: Plot.Artist, index: Int, label: String)] {
        if let labels = legend.labels {
            let handles = axes.artists.enumerated().filter { _, artist in
                if case .text = artist { return false }
                if case .contour = artist { return false }
                return true
            }
            return zip(handles, labels).map { ($0.element, $0.offset, $1) }
        }
        return axes.artists.enumerated().compactMap { index, artist in
            artist.legendLabel.map { (artist, index, $0) }
        }
    }

    /// The sample of an artist: its line (and marker), its marker, or a swatch of its bars.
    private static func sample(_ artist: Plot.Artist, index: Int, left: Double, middle: Double) -> String {
        let centre = PlotPixel(x: left + sampleLength / 2, y: middle)
        let line = "M" + PlotNumber.attribute(left) + " " + PlotNumber.attribute(middle) + "h"
            + PlotNumber.attribute(sampleLength)
        switch artist {
        case .line(let plotted):
            var out = ""
            if plotted.lineStyle != .none {
                out += "<path class=\"plot-artist-\(index)\" fill=\"none\"" + PlotPaint.stroke(plotted.drawnColour)
                    + PlotPaint.strokeWidth(points: plotted.lineWidth)
                    + PlotPaint.dashes(plotted.lineStyle, widthPoints: plotted.lineWidth) + " d=\"" + line + "\"/>"
            }
            if let marker = plotted.marker {
                out += "<g" + PlotLineMarkup.markerPaint(marker, plotted.drawnColour) + ">"
                    + PlotMarkerShape.element(marker, at: centre, size: plotted.markerSize * PlotPaint.pixelsPerPoint)
                    + "</g>"
            }
            return out
        case .referenceLine(let reference):
            return "<path class=\"plot-artist-\(index)\" fill=\"none\"" + PlotPaint.stroke(reference.drawnColour)
                + PlotPaint.strokeWidth(points: reference.lineWidth)
                + PlotPaint.dashes(reference.lineStyle, widthPoints: reference.lineWidth) + " d=\"" + line + "\"/>"
        case .scatter(let scatter):
            guard let colour = scatter.faceColours.first else { return "" }
            let sizes = scatter.sizes
            let size = (0.5 * ((sizes.max() ?? 36) + (sizes.min() ?? 36))).squareRoot() * PlotPaint.pixelsPerPoint
            let paint = scatter.marker.isStrokeOnly
                ? " fill=\"none\"" + PlotPaint.stroke(colour) + PlotPaint.strokeWidth(points: Plot.Line.defaultWidth)
                : PlotPaint.fill(colour) + PlotPaint.stroke(colour) + PlotPaint.strokeWidth(points: scatter.edgeWidth)
            return "<g class=\"plot-artist-\(index)\"" + paint + ">"
                + PlotMarkerShape.element(scatter.marker, at: centre, size: min(size, rowHeight)) + "</g>"
        case .bars(let bars):
            return "<rect class=\"plot-artist-\(index)\" x=\"" + PlotNumber.attribute(left) + "\" y=\""
                + PlotNumber.attribute(middle - 5) + "\" width=\"" + PlotNumber.attribute(sampleLength)
                + "\" height=\"10\"" + PlotPaint.fill(bars.colour(at: 0)) + "/>"
        case .contour, .text:
            return ""
        }
    }
}
