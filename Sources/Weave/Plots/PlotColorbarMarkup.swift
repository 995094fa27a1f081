import MicrogradScript

/// A colour bar as SVG: its coloured runs bottom to top, lines at contour levels, a thin outline, ticks and
/// labels on the right, the offset text above and the label along its right side.
enum PlotColorbarMarkup {
    /// The colour bar's `<g>`, or "" if the panel has none.
    static func markup(_ panel: PlotPanel) -> String {
        guard let bar = panel.colorbar else { return "" }
        let box = bar.rectangle
        let left = PlotNumber.attribute(box.left)
        let width = PlotNumber.attribute(box.width)
        var out = "<g class=\"plot-colorbar\">"
        var fills = ""
        for segment in bar.segments {
            let top = bar.pixelY(segment.upper)
            let bottom = bar.pixelY(segment.lower)
            // A hair of overlap keeps neighbouring runs from showing a seam.
            fills += "<rect x=\"" + left + "\" y=\"" + PlotNumber.attribute(top) + "\" width=\"" + width
                + "\" height=\"" + PlotNumber.attribute(bottom - top + 0.3) + "\"" + PlotPaint.fill(segment.colour) + "/>"
        }
        out += "<g shape-rendering=\"crispEdges\">" + fills + "</g>"
        for (value, colour) in bar.lines {
            out += "<path fill=\"none\"" + PlotPaint.stroke(colour) + PlotPaint.strokeWidth(points: 1.5) + " d=\"M"
                + left + " " + PlotNumber.attribute(bar.pixelY(value)) + "h" + width + "\"/>"
        }
        let length = PlotFigureLayout.tickLength
        var d = "M" + left + " " + PlotNumber.attribute(box.top) + "h" + width + "v"
            + PlotNumber.attribute(box.height) + "h" + PlotNumber.attribute(-box.width) + "Z"
        var labels = ""
        let labelStart = PlotNumber.attribute(box.right + length + 3)
        for tick in bar.ticks.ticks {
            let y = bar.pixelY(tick.value)
            d += "M" + PlotNumber.attribute(box.right) + " " + PlotNumber.attribute(y) + "h" + PlotNumber.attribute(length)
            labels += "<text x=\"" + labelStart + "\" y=\"" + PlotNumber.attribute(y + 4) + "\">"
                + PlotMarkup.text(tick.label) + "</text>"
        }
        out += "<g class=\"plot-axis\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\""
            + " shape-rendering=\"crispEdges\"><path d=\"" + d + "\"/></g>"
        out += "<g class=\"plot-tick-labels\" fill=\"currentColor\" fill-opacity=\"0.8\" font-size=\""
            + PlotNumber.attribute(panel.fonts.tick) + "\">" + labels
        if !bar.ticks.offsetText.isEmpty {
            out += "<text x=\"" + left + "\" y=\"" + PlotNumber.attribute(box.top - 6) + "\">"
                + PlotMarkup.text(bar.ticks.offsetText) + "</text>"
        }
        out += "</g>"
        if let label = bar.label {
            let widest = bar.ticks.ticks.map { PlotFonts.width($0.label, fontSize: panel.fonts.tick) }.max() ?? 0
            // Rotated a quarter turn back, as the y label: it reads upwards, its baseline on its right.
            let x = box.right + length + 3 + widest + 17
            out += "<text class=\"plot-axis-label\" transform=\"rotate(-90)\" x=\"" + PlotNumber.attribute(-box.centreY)
                + "\" y=\"" + PlotNumber.attribute(x) + "\" text-anchor=\"middle\" font-size=\""
                + PlotNumber.attribute(panel.fonts.label) + "\" fill=\"currentColor\">"
                + PlotMarkup.text(PlotTextFitting.fitted(label, width: box.height, fontSize: panel.fonts.label))
                + "</text>"
        }
        return out + "</g>"
    }
}
