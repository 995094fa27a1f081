/// The frame of a plot: grid lines, the two axis lines with outward tick marks, and the tick labels.
///
/// Everything is drawn in `currentColor` at reduced opacity, so it follows the page's text colour in light and
/// dark themes; the classes `plot-grid`, `plot-axis` and `plot-tick-labels` let a page restyle each part.
enum PlotAxesMarkup {
    /// Length of a tick mark, outside the plot area.
    static let tickLength = 5.0

    /// Grid lines at every tick inside the plot area (drawn first, under the data).
    static func grid(_ canvas: PlotCanvas) -> String {
        var d = ""
        for tick in canvas.x.ticks {
            let x = PlotNumber.attribute(canvas.pixelX(tick.value))
            d += "M" + x + " " + PlotNumber.attribute(canvas.top) + "V" + PlotNumber.attribute(canvas.bottom)
        }
        for tick in canvas.y.ticks {
            let y = PlotNumber.attribute(canvas.pixelY(tick.value))
            d += "M" + PlotNumber.attribute(canvas.left) + " " + y + "H" + PlotNumber.attribute(canvas.right)
        }
        guard !d.isEmpty else { return "" }
        // No crispEdges here: scaled to the column, snapping makes some grid lines twice as dark as others.
        return "<g class=\"plot-grid\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.12\"><path d=\""
            + d + "\"/></g>"
    }

    /// The left and bottom axis lines, the tick marks, and the tick labels.
    static func axes(_ canvas: PlotCanvas) -> String {
        let left = PlotNumber.attribute(canvas.left)
        let bottom = PlotNumber.attribute(canvas.bottom)
        var d = "M" + left + " " + PlotNumber.attribute(canvas.top) + "V" + bottom + "H"
            + PlotNumber.attribute(canvas.right)
        var xLabels = ""
        var yLabels = ""
        let xLabelBaseline = PlotNumber.attribute(canvas.bottom + tickLength + 12)
        for tick in canvas.x.ticks {
            let x = PlotNumber.attribute(canvas.pixelX(tick.value))
            d += "M" + x + " " + bottom + "v" + PlotNumber.attribute(tickLength)
            xLabels += "<text x=\"" + x + "\" y=\"" + xLabelBaseline + "\">" + PlotMarkup.text(tick.label) + "</text>"
        }
        let yLabelEnd = PlotNumber.attribute(canvas.left - tickLength - 3)
        for tick in canvas.y.ticks {
            let y = canvas.pixelY(tick.value)
            d += "M" + left + " " + PlotNumber.attribute(y) + "h" + PlotNumber.attribute(-tickLength)
            // About a third of the font size below the tick centres the digits on it.
            yLabels += "<text x=\"" + yLabelEnd + "\" y=\"" + PlotNumber.attribute(y + 4) + "\">"
                + PlotMarkup.text(tick.label) + "</text>"
        }
        return "<g class=\"plot-axis\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\""
            + " shape-rendering=\"crispEdges\"><path d=\"" + d + "\"/></g>"
            + "<g class=\"plot-tick-labels\" fill=\"currentColor\" fill-opacity=\"0.8\" font-size=\""
            + PlotNumber.attribute(PlotCanvas.tickFontSize) + "\">"
            + "<g text-anchor=\"middle\">" + xLabels + "</g>"
            + "<g text-anchor=\"end\">" + yLabels + "</g></g>"
    }
}
