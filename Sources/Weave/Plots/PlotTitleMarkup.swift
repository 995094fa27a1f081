/// The plot's words: the title above the plot area and the axis labels beside their axes, all escaped, and
/// shortened with "…" when longer than their room.
enum PlotTitleMarkup {
    /// The title and axis labels that the plot has, or "".
    static func markup(title: String?, xLabel: String?, yLabel: String?, canvas: PlotCanvas) -> String {
        var out = ""
        let centreX = PlotNumber.attribute((canvas.left + canvas.right) / 2)
        let plotWidth = canvas.right - canvas.left
        if let title {
            let title = PlotTextFitting.fitted(title, width: canvas.width - 16, fontSize: PlotCanvas.titleFontSize)
            out += "<text class=\"plot-title\" x=\"" + centreX + "\" y=\"24\" text-anchor=\"middle\" font-size=\""
                + PlotNumber.attribute(PlotCanvas.titleFontSize) + "\" font-weight=\"600\" fill=\"currentColor\">"
                + PlotMarkup.text(title) + "</text>"
        }
        let labelSize = PlotNumber.attribute(PlotCanvas.labelFontSize)
        if let xLabel {
            let xLabel = PlotTextFitting.fitted(xLabel, width: plotWidth, fontSize: PlotCanvas.labelFontSize)
            out += "<text class=\"plot-axis-label plot-x-label\" x=\"" + centreX + "\" y=\""
                + PlotNumber.attribute(canvas.height - 12) + "\" text-anchor=\"middle\" font-size=\"" + labelSize
                + "\" fill=\"currentColor\">" + PlotMarkup.text(xLabel) + "</text>"
        }
        if let yLabel {
            let yLabel = PlotTextFitting.fitted(yLabel, width: canvas.bottom - canvas.top,
                                                fontSize: PlotCanvas.labelFontSize)
            // Rotated a quarter turn: in the rotated frame, -y on the page is +x, and the baseline sits 22px in.
            let centreY = PlotNumber.attribute(-(canvas.top + canvas.bottom) / 2)
            out += "<text class=\"plot-axis-label plot-y-label\" transform=\"rotate(-90)\" x=\"" + centreY
                + "\" y=\"22\" text-anchor=\"middle\" font-size=\"" + labelSize + "\" fill=\"currentColor\">"
                + PlotMarkup.text(yLabel) + "</text>"
        }
        return out
    }
}
