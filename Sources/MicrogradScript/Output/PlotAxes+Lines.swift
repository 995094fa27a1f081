extension Plot {
    /// The style keywords of `plot`, `axhline` and `axvline` (`color=`, `linestyle=`, `linewidth=`, `marker=`,
    /// `markersize=`, `alpha=`, `label=`), each nil when not given.
    public struct LineOptions: Equatable, Sendable {
        /// `color=` (or the format string's colour).
        public var colour: PlotColour?
        /// `linestyle=` / `ls=`.
        public var lineStyle: LineStyle?
        /// `linewidth=` / `lw=`, in points.
        public var lineWidth: Double?
        /// `marker=`.
        public var marker: Marker?
        /// `markersize=` / `ms=`, in points.
        public var markerSize: Double?
        /// `alpha=`.
        public var alpha: Double?
        /// `label=`.
        public var label: String?

        /// Options; all nil by default.
        public init(
            colour: PlotColour? = nil, lineStyle: LineStyle? = nil, lineWidth: Double? = nil, marker: Marker? = nil,
            markerSize: Double? = nil, alpha: Double? = nil, label: String? = nil
        ) {
            self.colour = colour
            self.lineStyle = lineStyle
            self.lineWidth = lineWidth
            self.marker = marker
            self.markerSize = markerSize
            self.alpha = alpha
            self.label = label
        }
    }
}

extension Plot.Axes {
    /// `plot(xs, ys, fmt, **options)`: keywords override the format string, and a line that names no colour
    /// takes the next colour of the axes' line cycle. `ys` alone is `plot(ys)`, against 0, 1, 2, …
    public mutating func plot(
        xs: [Double]?, ys: [Double], format: Plot.FormatString? = nil, options: Plot.LineOptions = .init()
    ) throws {
        let xs = xs ?? ys.indices.map(Double.init)
        guard xs.count == ys.count else {
            throw PlotError.value(
                "x and y must have same first dimension, but have shapes (\(xs.count),) and (\(ys.count),)")
        }
        let colour = options.colour ?? format?.colour
        let marker = options.marker ?? format?.marker
        let style = options.lineStyle ?? format?.lineStyle ?? .solid
        let cycle = colour == nil ? nextLineColour() : lineColoursUsed
        artists.append(.line(Plot.Line(
            xs: xs, ys: ys, label: options.label, colour: colour, cycleColour: cycle, lineStyle: style,
            lineWidth: options.lineWidth ?? Plot.Line.defaultWidth, marker: marker,
            markerSize: options.markerSize ?? Plot.Line.defaultMarkerSize, alpha: options.alpha)))
    }

    /// `axhline(y, xmin, xmax, **options)` or `axvline(x, ymin, ymax, **options)`. As in matplotlib, the axes
    /// rescales for the line only if it lies outside the limits shown at this moment.
    public mutating func referenceLine(
        _ orientation: Plot.ReferenceLine.Orientation, at position: Double, from start: Double = 0,
        to end: Double = 1, options: Plot.LineOptions = .init()
    ) {
        let shown = orientation == .horizontal ? yViewLimits : xViewLimits
        let low = min(shown.lower, shown.upper)
        let high = max(shown.lower, shown.upper)
        artists.append(.referenceLine(Plot.ReferenceLine(
            orientation: orientation, position: position, start: start, end: end, colour: options.colour,
            lineStyle: options.lineStyle ?? .solid, lineWidth: options.lineWidth ?? Plot.Line.defaultWidth,
            alpha: options.alpha, label: options.label, rescales: position < low || position > high)))
    }

    /// `text(x, y, s, …)`.
    public mutating func text(_ text: Plot.Text) {
        artists.append(.text(text))
    }
}
