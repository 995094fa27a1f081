import MicrogradScript

/// One axes as SVG: its artists in matplotlib's stacking order, clipped to the plot area, then its frame, words,
/// legend and colour bar.
///
/// The clipping is a nested `<svg>` viewport over the plot area (whose `viewBox` keeps the figure's
/// coordinates): it clips without a `clipPath`, which would need an id, and ids must not repeat when a page
/// shows many plots.
struct PlotPanelMarkup {
    /// The panel's markup.
    let markup: String
    /// Scatter points drawn, and drawable, over all the panel's scatters.
    let drawnPoints: Int
    /// Scatter points that could be drawn, before merging and sampling.
    let drawablePoints: Int

    /// The markup of `panel`, the `index`-th of its figure.
    init(_ panel: PlotPanel, index: Int) {
        var drawn = 0
        var drawable = 0
        var layers: [(zOrder: Double, markup: String)] = [(1.5, PlotFrameMarkup.grid(panel))]
        for (position, artist) in panel.axes.artists.enumerated() {
            switch artist {
            case .line(let line):
                layers.append((2, PlotLineMarkup.markup(line, index: position, panel: panel)))
            case .referenceLine(let line):
                layers.append((2, PlotLineMarkup.markup(line, index: position, panel: panel)))
            case .scatter(let scatter):
                let result = PlotScatterMarkup.markup(scatter, index: position, panel: panel)
                drawn += result.drawn
                drawable += result.drawable
                layers.append((1, result.markup))
            case .contour(let contour):
                layers.append((contour.filled ? 1 : 2, PlotContourMarkup.markup(contour, index: position, panel: panel)))
            case .bars(let bars):
                layers.append((1, PlotBarsMarkup.markup(bars, index: position, panel: panel)))
            case .text(let text):
                layers.append((3, PlotBarsMarkup.markup(text, index: position, panel: panel)))
            }
        }
        // A stable sort: equal layers keep the order the cell drew them in, as in matplotlib.
        let content = layers.enumerated()
            .sorted { ($0.element.zOrder, $0.offset) < ($1.element.zOrder, $1.offset) }
            .map(\.element.markup).joined()
        let area = panel.area
        let box = [area.left, area.top, area.width, area.height].map(PlotNumber.attribute)
        // Over filled bands, black lines and words stay black in a dark theme (the stylesheet lightens them elsewhere).
        let overFill = panel.axes.artists.contains { if case .contour(let contour) = $0 { contour.filled } else { false } }
        var out = "<g class=\"plot-axes plot-axes-\(index)" + (overFill ? " plot-over-fill" : "") + "\">"
        if !content.isEmpty {
            out += "<svg x=\"" + box[0] + "\" y=\"" + box[1] + "\" width=\"" + box[2] + "\" height=\"" + box[3]
                + "\" viewBox=\"" + box.joined(separator: " ") + "\" overflow=\"hidden\">" + content + "</svg>"
        }
        out += PlotFrameMarkup.axes(panel) + PlotFrameMarkup.words(panel) + PlotLegendMarkup.markup(panel)
            + PlotColorbarMarkup.markup(panel) + "</g>"
        markup = out
        drawnPoints = drawn
        drawablePoints = drawable
    }
}
