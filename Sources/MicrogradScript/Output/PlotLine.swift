extension Plot {
    /// `plot(xs, ys, fmt, color=, linestyle=, linewidth=, marker=, markersize=, alpha=, label=)`: points in
    /// order, joined by a line and/or marked.
    public struct Line: Equatable, Sendable {
        /// The x coordinates.
        public var xs: [Double]
        /// The y coordinates, as many as `xs`.
        public var ys: [Double]
        /// The legend label, from `label=`.
        public var label: String?
        /// The colour the cell gave (format string or `color=`); nil: the axes' line cycle colour.
        public var colour: PlotColour?
        /// The index in the property cycle that the line took when it was added (used when `colour` is nil).
        public var cycleColour: Int
        /// How the line is stroked; `.none` draws markers only.
        public var lineStyle: LineStyle
        /// The stroke width in points (matplotlib's `lines.linewidth`, 1.5, unless given).
        public var lineWidth: Double
        /// The marker at each point, if any.
        public var marker: Marker?
        /// The marker's size in points (`lines.markersize`, 6, unless given).
        public var markerSize: Double
        /// `alpha=`, if given.
        public var alpha: Double?

        /// matplotlib's default line width, in points.
        public static let defaultWidth = 1.5
        /// matplotlib's default marker size, in points.
        public static let defaultMarkerSize = 6.0

        /// Makes a line; unspecified styles are matplotlib's defaults.
        public init(
            xs: [Double], ys: [Double], label: String? = nil, colour: PlotColour? = nil, cycleColour: Int = 0,
            lineStyle: LineStyle = .solid, lineWidth: Double = Line.defaultWidth, marker: Marker? = nil,
            markerSize: Double = Line.defaultMarkerSize, alpha: Double? = nil
        ) {
            self.xs = xs
            self.ys = ys
            self.label = label
            self.colour = colour
            self.cycleColour = cycleColour
            self.lineStyle = lineStyle
            self.lineWidth = lineWidth
            self.marker = marker
            self.markerSize = markerSize
            self.alpha = alpha
        }

        /// The colour the line is drawn in.
        public var drawnColour: PlotColour {
            (colour ?? .cycle(cycleColour)).with(alpha: alpha)
        }
    }
}
