extension Plot {
    /// `scatter(xs, ys, c=, s=, cmap=, marker=, alpha=, label=)`: one marker per point.
    public struct Scatter: Equatable, Sendable {
        /// How the markers are coloured.
        public enum Colouring: Equatable, Sendable {
            /// Every marker in one colour: `color=` or a colour `c=`, or the axes' next patch colour.
            case single(PlotColour)
            /// A colour per marker (`c=['red', 'blue', …]`).
            case each([PlotColour])
            /// Values per marker, put through `normalization` into `colormap` (`c=[…numbers…]`).
            case mapped(values: [Double], colormap: PlotColormap, normalization: Normalization)
        }

        /// The x coordinates.
        public var xs: [Double]
        /// The y coordinates, as many as `xs`.
        public var ys: [Double]
        /// The colours.
        public var colouring: Colouring
        /// Marker areas in points² (`s=`): one for all, or one per point. matplotlib's default is 36.
        public var sizes: [Double]
        /// The marker shape (`'o'` unless given).
        public var marker: Marker
        /// `alpha=`, if given.
        public var alpha: Double?
        /// The legend label, from `label=`.
        public var label: String?
        /// The edge colour (`edgecolors=`); nil: the face colour, as matplotlib's `scatter.edgecolors='face'`.
        public var edgeColour: PlotColour?
        /// The edge width in points (`linewidths=`; matplotlib's `patch.linewidth`, 1, unless given).
        public var edgeWidth: Double
        /// Whether `vmin=` or `vmax=` fixed the normalization, so the rendition mentions it.
        public var normalizationWasGiven: Bool

        /// matplotlib's default marker area, `lines.markersize²`.
        public static let defaultSize = 36.0

        /// Makes a scatter; unspecified styles are matplotlib's defaults.
        public init(
            xs: [Double], ys: [Double], colouring: Colouring, sizes: [Double] = [Scatter.defaultSize],
            marker: Marker = .circle, alpha: Double? = nil, label: String? = nil, edgeColour: PlotColour? = nil,
            edgeWidth: Double = 1, normalizationWasGiven: Bool = false
        ) {
            self.xs = xs
            self.ys = ys
            self.colouring = colouring
            self.sizes = sizes
            self.marker = marker
            self.alpha = alpha
            self.label = label
            self.edgeColour = edgeColour
            self.edgeWidth = edgeWidth
            self.normalizationWasGiven = normalizationWasGiven
        }

        /// The number of points drawn: pairs of `xs` and `ys`.
        public var pointCount: Int { min(xs.count, ys.count) }

        /// The face colour of each point, alpha applied, computed as matplotlib's `to_rgba` does.
        public var faceColours: [PlotColour] {
            let count = pointCount
            switch colouring {
            case .single(let colour):
                return Array(repeating: colour.with(alpha: alpha), count: count)
            case .each(let colours):
                guard !colours.isEmpty else { return [] }
                return (0..<count).map { colours[$0 % colours.count].with(alpha: alpha) }
            case .mapped(let values, let colormap, let normalization):
                let lookup = colormap.lookup
                return (0..<count).map { index in
                    let value = index < values.count ? values[index] : .nan
                    return lookup.colour(at: normalization.normalized(value)).with(alpha: alpha)
                }
            }
        }

        /// The area in points² of point `index`.
        public func size(at index: Int) -> Double {
            guard let first = sizes.first else { return Self.defaultSize }
            return sizes.count == 1 ? first : (index < sizes.count ? sizes[index] : first)
        }
    }
}
