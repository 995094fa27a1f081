import MicrogradScript

/// The data: each series in the order the cell added it, lines as paths and scatters as groups of circles.
///
/// Series `i` carries the classes `plot-series plot-series-i` and `plot-line` or `plot-scatter`; a scatter with
/// classes has one `plot-class-k` group per class, coloured like that class's region in the decision map.
struct PlotSeriesMarkup {
    /// The markup of every series.
    let markup: String
    /// A sentence for the SVG's description when some scatter points were merged or left out, else nil.
    let samplingNote: String?

    /// The series of `plot`, placed by `canvas` and coloured by `colours`.
    init(_ plot: Plot, canvas: PlotCanvas, colours: PlotClassColours) {
        let scatterCount = plot.series.filter { $0.kind == .scatter }.count
        let markerLimit = PlotScatterMarkers.maximumMarkers / max(scatterCount, 1)
        var markup = ""
        var drawable = 0
        var drawn = 0
        for (index, series) in plot.series.enumerated() {
            let count = series.pointCount
            let points = (0..<count).map { canvas.pixel(series.xs[$0], series.ys[$0]) }
            switch series.kind {
            case .line:
                markup += Self.line(points, index: index, colour: colours.seriesColour(index))
            case .scatter:
                let groups = series.drawnClasses?.map(colours.rank)
                let markers = PlotScatterMarkers(points: points, groups: groups, limit: markerLimit)
                markup += Self.scatter(
                    markers, index: index, colour: colours.seriesColour(index), classed: groups != nil)
                drawable += markers.drawableCount
                drawn += markers.markers.count
            }
        }
        self.markup = markup
        samplingNote = drawn < drawable
            ? "Scatter points drawn: \(drawn) of \(drawable); points on the same spot are merged"
                + " and large clouds are evenly sampled."
            : nil
    }

    /// A line series' `<path>` in `colour`, then a dot for each lone point; "" if no point of it can be drawn.
    static func line(_ points: [PlotPixel?], index: Int, colour: String) -> String {
        var out = ""
        let d = PlotLinePath.pathData(points)
        if !d.isEmpty {
            out += "<path class=\"plot-series plot-series-\(index) plot-line\" fill=\"none\" stroke=\""
                + colour + "\" stroke-width=\"2\" stroke-linejoin=\"round\""
                + " stroke-linecap=\"round\" d=\"" + d + "\"/>"
        }
        for point in PlotLinePath.lonePoints(points) {
            out += "<circle class=\"plot-series-\(index) plot-lone-point\" cx=\"" + PlotNumber.attribute(point.x)
                + "\" cy=\"" + PlotNumber.attribute(point.y) + "\" r=\"3\" fill=\"" + colour + "\"/>"
        }
        return out
    }

    /// A scatter series' `<g>` of circles (in `colour`, or by class), or "" if no point of it can be drawn.
    static func scatter(_ markers: PlotScatterMarkers, index: Int, colour: String, classed: Bool) -> String {
        guard !markers.markers.isEmpty else { return "" }
        let outline = " stroke=\"currentColor\" stroke-opacity=\"0.35\" stroke-width=\"0.6\""
        guard classed else {
            return "<g class=\"plot-series plot-series-\(index) plot-scatter\" fill=\"" + colour
                + "\"" + outline + ">" + markers.circles(inGroup: 0) + "</g>"
        }
        var out = "<g class=\"plot-series plot-series-\(index) plot-scatter\"" + outline + ">"
        for group in markers.groups {
            out += "<g class=\"plot-class-\(group)\" fill=\"" + PlotPalette.colour(group) + "\">"
                + markers.circles(inGroup: group) + "</g>"
        }
        return out + "</g>"
    }
}
