import MicrogradScript

/// Bars (`bar`, `hist`) as SVG rectangles, and texts (`text`) placed at data positions.
enum PlotBarsMarkup {
    /// The markup of `bars`, the `index`-th artist of the panel's axes: one path per run of bars of one colour.
    static func markup(_ bars: Plot.Bars, index: Int, panel: PlotPanel) -> String {
        var out = ""
        var openColour: PlotColour?
        var d = ""
        func close() {
            guard let colour = openColour, !d.isEmpty else { return }
            out += "<path" + PlotPaint.fill(colour) + " d=\"" + d + "\"/>"
            d = ""
        }
        for bar in 0..<bars.count {
            guard let corner = panel.pixel(bars.lefts[bar], bars.bottoms[bar]),
                  let opposite = panel.pixel(bars.lefts[bar] + bars.widths[bar], bars.bottoms[bar] + bars.heights[bar])
            else { continue }
            let colour = bars.colour(at: bar)
            if colour != openColour {
                close()
                openColour = colour
            }
            let left = min(corner.x, opposite.x)
            let top = min(corner.y, opposite.y)
            d += "M" + PlotNumber.attribute(left) + " " + PlotNumber.attribute(top)
                + "h" + PlotNumber.attribute(abs(opposite.x - corner.x))
                + "v" + PlotNumber.attribute(abs(opposite.y - corner.y))
                + "h" + PlotNumber.attribute(-abs(opposite.x - corner.x)) + "Z"
        }
        close()
        guard !out.isEmpty else { return "" }
        var group = "<g class=\"plot-" + (bars.histogram == nil ? "bar" : "hist") + " plot-artist-\(index)\""
        if let edge = bars.edgeColour {
            group += PlotPaint.stroke(edge.with(alpha: bars.alpha)) + PlotPaint.strokeWidth(points: bars.edgeWidth)
        }
        return group + ">" + out + "</g>"
    }

    /// The markup of `text`, the `index`-th artist: anchored as `ha` and `va` ask, in the page's text colour
    /// unless it names one.
    static func markup(_ text: Plot.Text, index: Int, panel: PlotPanel) -> String {
        guard let at = panel.pixel(text.x, text.y) else { return "" }
        let anchor = ["center": "middle", "centre": "middle", "right": "end"][text.horizontalAlignment] ?? "start"
        let shift = ["center": "0.35em", "center_baseline": "0.35em", "top": "0.8em", "bottom": "-0.25em"][text.verticalAlignment]
        let size = text.fontSize * panel.fonts.tick / 10
        var out = "<text class=\"plot-text plot-artist-\(index)\" x=\"" + PlotNumber.attribute(at.x) + "\" y=\""
            + PlotNumber.attribute(at.y) + "\"" + (shift.map { " dy=\"" + $0 + "\"" } ?? "")
            + " text-anchor=\"" + anchor + "\" font-size=\"" + PlotNumber.attribute(size) + "\""
        out += text.colour.map(PlotPaint.fill) ?? " fill=\"currentColor\""
        return out + ">" + PlotMarkup.text(text.string) + "</text>"
    }
}
