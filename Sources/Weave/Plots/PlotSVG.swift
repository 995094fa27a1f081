import MicrogradScript

/// Plots as self-contained inline SVG for Gradbook's pages.
///
/// ```swift
/// let plot = Plot(series: [.init(kind: .line, xs: [0, 1, 2], ys: [1, 0.5, 0.25])], title: "loss")
/// let svg = PlotSVG.render(plot)   // "<svg xmlns=… class=\"plot\" viewBox=\"0 0 640 400\" width=\"100%\" …"
/// ```
///
/// The SVG scales to its container (`viewBox`, `width="100%"`), names itself for screen readers (`role="img"`,
/// `aria-label`, `<title>`), and draws in `currentColor` with classes (`plot-axis`, `plot-grid`, `plot-series-N`,
/// `plot-class-N`, `plot-boundary`, `plot-legend`, `plot-title`) so the page's light and dark themes can restyle it.
/// It has no ids, so any number of plots can share a page, and no scripts or external references.
///
/// Any data is safe: NaN and infinite values are skipped (and break a line), empty plots get a frame and a
/// "no data" note, and large series are simplified (see `PlotLinePath` and `PlotScatterMarkers`), so 100,000
/// points make an SVG of a few hundred kilobytes at most. The same plot always gives the same bytes.
public enum PlotSVG {
    /// The SVG for `plot`, laid out in a `width` × `height` viewBox (clamped to 160…4000 × 120…4000).
    public static func render(_ plot: Plot, width: Int = 640, height: Int = 400) -> String {
        let width = min(max(width, 160), 4000)
        let height = min(max(height, 120), 4000)
        let boundary = plot.boundary.flatMap(PlotBoundaryGrid.init)
        let canvas = PlotCanvas(plot: plot, boundary: boundary, width: width, height: height)
        let colours = PlotClassColours(plot)
        let series = PlotSeriesMarkup(plot, canvas: canvas, colours: colours)
        let name = accessibleName(plot)

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" viewBox=\"0 0 \(width) \(height)\""
            + " width=\"100%\" role=\"img\" aria-label=" + PlotMarkup.quoted(name)
            + " font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif\">"
        svg += "<title>" + PlotMarkup.text(name) + "</title>"
        if let note = series.samplingNote { svg += "<desc>" + PlotMarkup.text(note) + "</desc>" }
        if let boundary { svg += PlotBoundaryMarkup.markup(boundary, canvas: canvas, colours: colours) }
        if plot.grid { svg += PlotAxesMarkup.grid(canvas) }
        svg += PlotAxesMarkup.axes(canvas)
        svg += series.markup
        if series.markup.isEmpty && boundary == nil { svg += noData(canvas) }
        svg += PlotLegendMarkup.markup(plot, canvas: canvas, colours: colours)
        svg += PlotTitleMarkup.markup(title: plot.shownTitle, xLabel: plot.shownXLabel, yLabel: plot.shownYLabel,
                                      canvas: canvas)
        return svg + "</svg>"
    }

    /// The title if there is one, else what the plot holds: "Plot: 2 line series, decision boundary".
    static func accessibleName(_ plot: Plot) -> String {
        if let title = plot.shownTitle { return title }
        let lines = plot.series.filter { $0.kind == .line }.count
        let scatters = plot.series.count - lines
        var parts: [String] = []
        if lines > 0 { parts.append("\(lines) line series") }
        if scatters > 0 { parts.append("\(scatters) scatter series") }
        if plot.boundary != nil { parts.append("decision boundary") }
        return parts.isEmpty ? "Empty plot" : "Plot: " + parts.joined(separator: ", ")
    }

    /// A quiet "no data" in the middle of an empty frame.
    static func noData(_ canvas: PlotCanvas) -> String {
        "<text class=\"plot-empty\" x=\"" + PlotNumber.attribute((canvas.left + canvas.right) / 2) + "\" y=\""
            + PlotNumber.attribute((canvas.top + canvas.bottom) / 2) + "\" text-anchor=\"middle\" font-size=\""
            + PlotNumber.attribute(PlotCanvas.labelFontSize) + "\" fill=\"currentColor\" fill-opacity=\"0.6\">"
            + "no data</text>"
    }
}
