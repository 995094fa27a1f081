import MicrogradScript

/// A point in SVG pixels (y grows downwards).
struct PlotPixel: Equatable {
    /// Pixels from the left edge.
    var x: Double
    /// Pixels from the top edge.
    var y: Double
}

/// Where everything goes: the SVG's size, the plot area inside its margins, and the two axis scales.
///
/// Margins make room for what is there: a title, axis labels, and the widest y tick label. The vertical layout
/// comes first because the y ticks depend on the plot area's height, and their labels then set the left margin.
struct PlotCanvas {
    /// The SVG's width in pixels.
    let width: Double
    /// The SVG's height in pixels.
    let height: Double
    /// The plot area's left edge (the y axis).
    let left: Double
    /// The plot area's top edge.
    let top: Double
    /// The plot area's right edge.
    let right: Double
    /// The plot area's bottom edge (the x axis).
    let bottom: Double
    /// The horizontal scale.
    let x: PlotAxisScale
    /// The vertical scale.
    let y: PlotAxisScale

    /// Font sizes, in pixels.
    static let tickFontSize = 11.0
    /// The tick font size the left margin makes room for: the page's stylesheet sets tick labels this large on
    /// a phone, where the plot shrinks to about half its width.
    static let largestTickFontSize = 21.0
    static let labelFontSize = 12.0
    static let titleFontSize = 14.0

    /// The layout of `plot` in a `width` × `height` SVG, given the decision map (if drawable).
    init(plot: Plot, boundary: PlotBoundaryGrid?, width: Int, height: Int) {
        self.width = Double(width)
        self.height = Double(height)
        var xExtent = boundary?.xExtent
        var yExtent = boundary?.yExtent
        var scatterX: PlotExtent?
        var scatterY: PlotExtent?
        for series in plot.series {
            for (px, py) in zip(series.xs, series.ys)
            where PlotExtent.isPlottable(px) && PlotExtent.isPlottable(py) {
                if series.kind == .scatter {
                    scatterX = PlotExtent.including(scatterX, px)
                    scatterY = PlotExtent.including(scatterY, py)
                } else {
                    xExtent = PlotExtent.including(xExtent, px)
                    yExtent = PlotExtent.including(yExtent, py)
                }
            }
        }
        // Markers get a margin so none sits half outside the frame.
        xExtent = PlotExtent.union(xExtent, scatterX?.padded(by: 0.05))
        yExtent = PlotExtent.union(yExtent, scatterY?.padded(by: 0.05))
        // Lines read best between labelled ends (a loss curve from 0 to 100); a point cloud or a decision map
        // should fill the frame rather than float in the middle of rounded-out axes.
        let hasLine = plot.series.contains { $0.kind == .line }
        let fit: PlotAxisScale.Fit = boundary == nil && hasLine ? .extendToTicks : .tight

        top = plot.shownTitle != nil ? 40 : 16
        bottom = self.height - (plot.shownXLabel != nil ? 50 : 30)
        y = PlotAxisScale(extent: yExtent, targetTickCount: Int((bottom - top) / 60), fit: fit)

        let widestTick = y.ticks.map { Self.textWidth($0.label, fontSize: Self.largestTickFontSize) }.max() ?? 0
        left = 10 + (plot.shownYLabel != nil ? 22 : 0) + widestTick + 9
        right = self.width - 24
        x = PlotAxisScale(extent: xExtent, targetTickCount: Int((right - left) / 100), fit: fit)
    }

    /// The pixel column of data value `value` on the x axis.
    func pixelX(_ value: Double) -> Double { x.pixel(value, from: left, to: right) }

    /// The pixel row of data value `value` on the y axis.
    func pixelY(_ value: Double) -> Double { y.pixel(value, from: bottom, to: top) }

    /// The pixel of a data point, or nil if either coordinate is NaN, infinite or absurdly large.
    func pixel(_ dataX: Double, _ dataY: Double) -> PlotPixel? {
        guard PlotExtent.isPlottable(dataX), PlotExtent.isPlottable(dataY) else { return nil }
        return PlotPixel(x: pixelX(dataX), y: pixelY(dataY))
    }

    /// A rough width of `text` in the plot's sans-serif font: enough to reserve margins, not to typeset.
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}
