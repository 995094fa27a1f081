extension Plot {
    /// Something drawn in an axes: what one plotting call added.
    public enum Artist: Equatable, Sendable {
        /// `plot`: points joined by lines, with optional markers.
        case line(Line)
        /// `scatter`: markers, each with its own colour and size.
        case scatter(Scatter)
        /// `contour` and `contourf`: iso-lines or filled bands of a grid of values.
        case contour(Contour)
        /// `bar` and `hist`: rectangles standing on a baseline.
        case bars(Bars)
        /// `axhline` and `axvline`: a line across the axes at one value.
        case referenceLine(ReferenceLine)
        /// `text`: words at a data position.
        case text(Text)

        /// The legend label, unless missing or hidden (matplotlib hides labels that start with `_`).
        public var legendLabel: String? {
            let label: String?
            switch self {
            case .line(let line): label = line.label
            case .scatter(let scatter): label = scatter.label
            case .bars(let bars): label = bars.label
            case .referenceLine(let line): label = line.label
            case .contour, .text: label = nil
            }
            guard let label, !label.hasPrefix("_"), label.contains(where: { !$0.isWhitespace }) else { return nil }
            return label
        }

        /// Whether the artist maps values through a colormap, so a colour bar can show it.
        public var isMappable: Bool {
            switch self {
            case .scatter(let scatter):
                if case .mapped = scatter.colouring { return true }
                return false
            case .contour: return true
            case .line, .bars, .referenceLine, .text: return false
            }
        }
    }
}
