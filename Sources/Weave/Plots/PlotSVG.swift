import MicrogradScript

/// Figures as self-contained inline SVG for Gradbook's pages.
///
/// ```swift
/// var axes = Plot.Axes()
/// try axes.plot(xs: [0, 1, 2], ys: [1, 0.5, 0.25])
/// axes.title = "loss"
/// let svg = PlotSVG.render(Plot(axes: axes))   // "<svg xmlns=… class=\"plot\" viewBox=\"0 0 640 480\" …"
/// ```
///
/// The SVG is the figure's size at 100 pixels to the inch (so `figsize` sets its aspect ratio), scales to its
/// container (`viewBox`, `width="100%"`), names itself for screen readers (`role="img"`, `aria-label`, `<title>`,
/// and the plain-text rendition as `<desc>`), and draws its frame and words in `currentColor` with classes
/// (`plot-axis`, `plot-grid`, `plot-artist-N`, `plot-legend`, `plot-title`, …) so the page's light and dark
/// themes can restyle it. Data keep matplotlib's colours. It has no ids, scripts or external references, so any
/// number of plots can share a page.
///
/// Any data is safe: NaN and infinite values are skipped (and break a line), and large artists are simplified
/// (see `PlotLinePath`, `PlotScatterSampling` and `PlotContourGrid`). The same figure always gives the same bytes.
public enum PlotSVG {
    /// The SVG of `plot`.
    public static func render(_ plot: Plot) -> String {
        let layout = PlotFigureLayout(plot)
        let name = accessibleName(plot)
        var panels = ""
        var drawn = 0
        var drawable = 0
        for (index, panel) in layout.panels.enumerated() {
            let markup = PlotPanelMarkup(panel, index: index)
            panels += markup.markup
            drawn += markup.drawnPoints
            drawable += markup.drawablePoints
        }
        var description = plot.plainText
        if drawn < drawable {
            description += "\nScatter points drawn: \(drawn) of \(drawable); points on the same spot are merged"
                + " and large clouds are evenly sampled."
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot" + (plot.axes.count > 1 ? " plot-panels" : "")
            + "\" viewBox=\"0 0 \(layout.width) \(layout.height)\" width=\"100%\" role=\"img\" aria-label="
            + PlotMarkup.quoted(name)
            + " font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif\">"
        svg += "<title>" + PlotMarkup.text(name) + "</title><desc>" + PlotMarkup.text(description) + "</desc>"
        svg += panels
        if let baseline = layout.titleBaseline, let title = plot.title {
            let fitted = PlotTextFitting.fitted(title, width: Double(layout.width) - 16, fontSize: layout.fonts.title + 1)
            svg += "<text class=\"plot-title plot-suptitle\" x=\"" + PlotNumber.attribute(Double(layout.width) / 2)
                + "\" y=\"" + PlotNumber.attribute(baseline) + "\" text-anchor=\"middle\" font-size=\""
                + PlotNumber.attribute(layout.fonts.title + 1) + "\" font-weight=\"600\" fill=\"currentColor\">"
                + PlotMarkup.text(fitted) + "</text>"
        }
        return svg + "</svg>"
    }

    /// The figure's title, else the first axes title, else what the figure holds: "Plot: 1 line, 1 scatter".
    static func accessibleName(_ plot: Plot) -> String {
        if PlotWords.isShown(plot.title), let title = plot.title { return title }
        if let title = plot.axes.compactMap(\.title).first(where: PlotWords.isShown) { return title }
        var counts: [(String, Int)] = []
        for artist in plot.series {
            let kind = kindName(artist)
            if let index = counts.firstIndex(where: { $0.0 == kind }) {
                counts[index].1 += 1
            } else {
                counts.append((kind, 1))
            }
        }
        guard !counts.isEmpty else { return "Empty plot" }
        return "Plot: " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }

    /// What an artist is called in the accessible name.
    private static func kindName(_ artist: Plot.Artist) -> String {
        switch artist {
        case .line: "line"
        case .scatter: "scatter"
        case .contour(let contour): contour.filled ? "filled contour" : "contour"
        case .bars(let bars): bars.histogram == nil ? "bar chart" : "histogram"
        case .referenceLine(let line): line.orientation == .horizontal ? "horizontal line" : "vertical line"
        case .text: "text"
        }
    }
}
