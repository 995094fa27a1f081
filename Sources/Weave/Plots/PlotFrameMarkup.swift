/// The frame of an axes: grid lines, the four sides, the outward tick marks on the bottom and left, the tick
/// labels and offset texts, the title and the axis labels.
///
/// Everything is drawn in `currentColor` at reduced opacity, so it follows the page's text colour in light and
/// dark themes; the classes `plot-grid`, `plot-axis`, `plot-tick-labels`, `plot-title` and `plot-axis-label` let
/// a page restyle each part.
enum PlotFrameMarkup {
    /// Grid lines at the ticks inside the plot area, under the lines of the plot (matplotlib's `axisbelow='line'`).
    static func grid(_ panel: PlotPanel) -> String {
        guard let grid = panel.axes.grid, panel.axes.showsAxis else { return "" }
        let area = panel.area
        var d = ""
        if grid != .y {
            for tick in panel.xTicks.ticks {
                d += "M" + PlotNumber.attribute(panel.pixelX(tick.value)) + " " + PlotNumber.attribute(area.top)
                    + "V" + PlotNumber.attribute(area.bottom)
            }
        }
        if grid != .x {
            for tick in panel.yTicks.ticks {
                d += "M" + PlotNumber.attribute(area.left) + " " + PlotNumber.attribute(panel.pixelY(tick.value))
                    + "H" + PlotNumber.attribute(area.right)
            }
        }
        guard !d.isEmpty else { return "" }
        return "<g class=\"plot-grid\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.15\"><path d=\"" + d
            + "\"/></g>"
    }

    /// The sides, tick marks and tick labels; "" after `axis('off')`.
    static func axes(_ panel: PlotPanel) -> String {
        guard panel.axes.showsAxis else { return "" }
        let area = panel.area
        let length = PlotFigureLayout.tickLength
        let (left, right) = (PlotNumber.attribute(area.left), PlotNumber.attribute(area.right))
        let (top, bottom) = (PlotNumber.attribute(area.top), PlotNumber.attribute(area.bottom))
        var d = "M" + left + " " + top + "H" + right + "V" + bottom + "H" + left + "Z"
        var xLabels = ""
        var yLabels = ""
        let s = panel.fonts.scale
        let xBaseline = PlotNumber.attribute(area.bottom + length + 12 * s)
        for tick in panel.xTicks.ticks {
            let x = PlotNumber.attribute(panel.pixelX(tick.value))
            d += "M" + x + " " + bottom + "v" + PlotNumber.attribute(length)
            xLabels += "<text x=\"" + x + "\" y=\"" + xBaseline + "\">" + PlotMarkup.text(tick.label) + "</text>"
        }
        let yLabelEnd = PlotNumber.attribute(area.left - length - 3)
        for tick in panel.yTicks.ticks {
            let y = panel.pixelY(tick.value)
            d += "M" + left + " " + PlotNumber.attribute(y) + "h" + PlotNumber.attribute(-length)
            // About a third of the font size below the tick centres the digits on it.
            yLabels += "<text x=\"" + yLabelEnd + "\" y=\"" + PlotNumber.attribute(y + 4 * s) + "\">"
                + PlotMarkup.text(tick.label) + "</text>"
        }
        var out = "<g class=\"plot-axis\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\""
            + " shape-rendering=\"crispEdges\"><path d=\"" + d + "\"/></g>"
            + "<g class=\"plot-tick-labels\" fill=\"currentColor\" fill-opacity=\"0.8\" font-size=\""
            + PlotNumber.attribute(panel.fonts.tick) + "\">"
            + "<g text-anchor=\"middle\">" + xLabels + "</g>"
            + "<g text-anchor=\"end\">" + yLabels + "</g>"
        if !panel.xTicks.offsetText.isEmpty {
            out += "<text class=\"plot-offset\" x=\"" + right + "\" y=\""
                + PlotNumber.attribute(area.bottom + length + 28 * s) + "\" text-anchor=\"end\">"
                + PlotMarkup.text(panel.xTicks.offsetText) + "</text>"
        }
        if !panel.yTicks.offsetText.isEmpty {
            out += "<text class=\"plot-offset\" x=\"" + left + "\" y=\"" + PlotNumber.attribute(area.top - 6)
                + "\" text-anchor=\"start\">" + PlotMarkup.text(panel.yTicks.offsetText) + "</text>"
        }
        return out + "</g>"
    }

    /// The axes' title above the plot area and its axis labels beside their axes, escaped and shortened with "…"
    /// when longer than their room.
    static func words(_ panel: PlotPanel) -> String {
        let axes = panel.axes
        let area = panel.area
        let fonts = panel.fonts
        var out = ""
        if PlotWords.isShown(axes.title), let title = axes.title {
            let lift = axes.showsAxis && !panel.yTicks.offsetText.isEmpty ? 24 * fonts.scale : 10
            let fitted = PlotTextFitting.fitted(title, width: panel.cell.width - 8, fontSize: fonts.title)
            out += "<text class=\"plot-title\" x=\"" + PlotNumber.attribute(area.centreX) + "\" y=\""
                + PlotNumber.attribute(area.top - lift) + "\" text-anchor=\"middle\" font-size=\""
                + PlotNumber.attribute(fonts.title) + "\" font-weight=\"600\" fill=\"currentColor\">"
                + PlotMarkup.text(fitted) + "</text>"
        }
        guard axes.showsAxis else { return out }
        if PlotWords.isShown(axes.xLabel), let label = axes.xLabel {
            let fitted = PlotTextFitting.fitted(label, width: area.width, fontSize: fonts.label)
            out += "<text class=\"plot-axis-label plot-x-label\" x=\"" + PlotNumber.attribute(area.centreX) + "\" y=\""
                + PlotNumber.attribute(area.bottom + PlotFigureLayout.tickLength + 32 * fonts.scale)
                + "\" text-anchor=\"middle\" font-size=\""
                + PlotNumber.attribute(fonts.label) + "\" fill=\"currentColor\">" + PlotMarkup.text(fitted) + "</text>"
        }
        if PlotWords.isShown(axes.yLabel), let label = axes.yLabel {
            let fitted = PlotTextFitting.fitted(label, width: area.height, fontSize: fonts.label)
            // Rotated a quarter turn: in the rotated frame, -y on the page is +x, and the baseline sits 22px in.
            out += "<text class=\"plot-axis-label plot-y-label\" transform=\"rotate(-90)\" x=\""
                + PlotNumber.attribute(-area.centreY) + "\" y=\"" + PlotNumber.attribute(panel.cell.left + 20 * fonts.scale)
                + "\" text-anchor=\"middle\" font-size=\"" + PlotNumber.attribute(fonts.label)
                + "\" fill=\"currentColor\">" + PlotMarkup.text(fitted) + "</text>"
        }
        return out
    }
}
