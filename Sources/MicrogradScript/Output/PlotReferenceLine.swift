extension Plot {
    /// `axhline(y, xmin=0, xmax=1, …)` and `axvline(x, ymin=0, ymax=1, …)`: a line across the axes at one data
    /// value, spanning a fraction of the axes the other way.
    public struct ReferenceLine: Equatable, Sendable {
        /// Which way the line runs.
        public enum Orientation: String, Equatable, Sendable {
            /// `axhline`: across, at a y value.
            case horizontal = "axhline"
            /// `axvline`: up, at an x value.
            case vertical = "axvline"
        }

        /// Horizontal or vertical.
        public var orientation: Orientation
        /// The y (horizontal) or x (vertical) value in data units.
        public var position: Double
        /// Where the line starts along the axes, as a fraction (0 is the left or bottom edge).
        public var start: Double
        /// Where the line ends along the axes, as a fraction.
        public var end: Double
        /// The colour the cell gave; nil: matplotlib's `lines.color`, `C0`.
        public var colour: PlotColour?
        /// The stroke style.
        public var lineStyle: LineStyle
        /// The stroke width in points.
        public var lineWidth: Double
        /// `alpha=`, if given.
        public var alpha: Double?
        /// The legend label, from `label=`.
        public var label: String?
        /// Whether adding the line asked the axes to rescale: matplotlib does so only when the value lay outside
        /// the limits the axes showed at that moment.
        public var rescales: Bool

        /// Makes a reference line.
        public init(
            orientation: Orientation, position: Double, start: Double = 0, end: Double = 1, colour: PlotColour? = nil,
            lineStyle: LineStyle = .solid, lineWidth: Double = Line.defaultWidth, alpha: Double? = nil,
            label: String? = nil, rescales: Bool = true
        ) {
            self.orientation = orientation
            self.position = position
            self.start = start
            self.end = end
            self.colour = colour
            self.lineStyle = lineStyle
            self.lineWidth = lineWidth
            self.alpha = alpha
            self.label = label
            self.rescales = rescales
        }

        /// The colour the line is drawn in.
        public var drawnColour: PlotColour {
            (colour ?? .cycle(0)).with(alpha: alpha)
        }
    }
}
