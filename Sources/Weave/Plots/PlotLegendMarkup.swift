import MicrogradScript

/// The legend: one row per series that has a `label=`, in the plot's top-right corner. No labels, no legend.
/// Long labels are shortened, and rows beyond the plot's height are summed up as "… N more".
///
/// The box is a faint tint of `currentColor`; a page that wants it opaque can fill `.plot-legend-box` with its
/// background colour.
enum PlotLegendMarkup {
    /// Height of one legend row.
    static let rowHeight = 18.0

    /// The legend's `<g>`, or "".
    static func markup(_ plot: Plot, canvas: PlotCanvas, colours: PlotClassColours) -> String {
        let fontSize = PlotCanvas.tickFontSize
        let labelRoom = (canvas.right - canvas.left) / 2
        var entries = plot.series.enumerated().compactMap { index, series -> (Int, Plot.Series, String)? in
            guard let label = series.label, label.contains(where: { !$0.isWhitespace }) else { return nil }
            return (index, series, PlotTextFitting.fitted(label, width: labelRoom, fontSize: fontSize))
        }
        guard !entries.isEmpty else { return "" }
        // As many rows as the plot area holds; the rest are counted in a last row.
        let rowRoom = max(1, Int((canvas.bottom - canvas.top - 24) / rowHeight))
        var hiddenCount = 0
        if entries.count > rowRoom {
            hiddenCount = entries.count - (rowRoom - 1)
            entries = Array(entries.prefix(rowRoom - 1))
        }
        let moreText = "… \(hiddenCount) more"
        let textWidth = (entries.map { PlotCanvas.textWidth($0.2, fontSize: fontSize) }
            + [hiddenCount > 0 ? PlotCanvas.textWidth(moreText, fontSize: fontSize) : 0]).max() ?? 0
        let boxWidth = 10 + 18 + 6 + textWidth + 10
        let boxHeight = Double(entries.count + (hiddenCount > 0 ? 1 : 0)) * rowHeight + 8
        let boxLeft = max(canvas.left + 4, canvas.right - 8 - boxWidth)
        let boxTop = canvas.top + 8
        var out = "<g class=\"plot-legend\" font-size=\"" + PlotNumber.attribute(fontSize) + "\">"
            + "<rect class=\"plot-legend-box\" x=\"" + PlotNumber.attribute(boxLeft) + "\" y=\""
            + PlotNumber.attribute(boxTop) + "\" width=\"" + PlotNumber.attribute(boxWidth) + "\" height=\""
            + PlotNumber.attribute(boxHeight) + "\" rx=\"4\" fill=\"currentColor\" fill-opacity=\"0.04\""
            + " stroke=\"currentColor\" stroke-opacity=\"0.2\"/>"
        for (row, entry) in entries.enumerated() {
            let (index, series, label) = entry
            let middle = boxTop + 4 + (Double(row) + 0.5) * rowHeight
            let swatchLeft = boxLeft + 10
            let colour = swatchColour(series, index: index, colours: colours)
            switch series.kind {
            case .line:
                out += "<path class=\"plot-series-\(index)\" fill=\"none\" stroke=\"" + colour
                    + "\" stroke-width=\"2\" stroke-linecap=\"round\" d=\"M" + PlotNumber.attribute(swatchLeft) + " "
                    + PlotNumber.attribute(middle) + "h18\"/>"
            case .scatter:
                out += "<circle class=\"plot-series-\(index)\" cx=\"" + PlotNumber.attribute(swatchLeft + 9)
                    + "\" cy=\"" + PlotNumber.attribute(middle) + "\" r=\"4\" fill=\"" + colour + "\"/>"
            }
            out += "<text x=\"" + PlotNumber.attribute(swatchLeft + 24) + "\" y=\"" + PlotNumber.attribute(middle + 4)
                + "\" fill=\"currentColor\">" + PlotMarkup.text(label) + "</text>"
        }
        if hiddenCount > 0 {
            let middle = boxTop + 4 + (Double(entries.count) + 0.5) * rowHeight
            out += "<text x=\"" + PlotNumber.attribute(boxLeft + 10) + "\" y=\"" + PlotNumber.attribute(middle + 4)
                + "\" fill=\"currentColor\" fill-opacity=\"0.7\">" + PlotMarkup.text(moreText) + "</text>"
        }
        return out + "</g>"
    }

    /// The series colour, or for a scatter coloured by class, the colour of its smallest class.
    private static func swatchColour(_ series: Plot.Series, index: Int, colours: PlotClassColours) -> String {
        guard series.kind == .scatter, let smallest = series.drawnClasses?.min() else {
            return colours.seriesColour(index)
        }
        return PlotPalette.colour(colours.rank(of: smallest))
    }
}
