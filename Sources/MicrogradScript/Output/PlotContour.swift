extension Plot {
    /// `contour(X, Y, Z)` and `contourf(X, Y, Z)`: iso-lines at `levels`, or the bands between them filled, over
    /// a grid of values.
    public struct Contour: Equatable, Sendable {
        /// How the lines or bands are coloured.
        public enum Colouring: Equatable, Sendable {
            /// Through a colormap, at the normalized level (lines) or layer (bands): `cmap=`, viridis by default.
            case colormap(PlotColormap)
            /// `colors=`: the given colours in turn, one per line or band.
            case colours([PlotColour])
        }

        /// `True` for `contourf` (filled bands), `False` for `contour` (lines).
        public var filled: Bool
        /// The x coordinate of every grid point, `rows × columns` (1-D x is spread over the rows, as meshgrid).
        public var xs: [[Double]]
        /// The y coordinate of every grid point, `rows × columns`.
        public var ys: [[Double]]
        /// The values, `rows × columns`.
        public var z: [[Double]]
        /// Whether Z was boolean, which decides matplotlib's default levels and the rendition's summary.
        public var zIsBoolean: Bool
        /// The levels, increasing: line values for `contour`, band edges for `contourf`.
        public var levels: [Double]
        /// The colours.
        public var colouring: Colouring
        /// `alpha=`, if given.
        public var alpha: Double?
        /// The line width in points for `contour` (`linewidths=`; 1.5 by default).
        public var lineWidth: Double
        /// The line style for `contour`, if given; else solid, or dashed for negative levels in one colour.
        public var lineStyle: LineStyle?
        /// `vmin=` / `vmax=`, when given: the normalization of the colormap, instead of the levels' span.
        public var normalization: Normalization?

        /// Makes a contour set; `levels` must already be chosen (see `PlotContourLevels`).
        public init(
            filled: Bool, xs: [[Double]], ys: [[Double]], z: [[Double]], zIsBoolean: Bool = false, levels: [Double],
            colouring: Colouring = .colormap(.standard), alpha: Double? = nil, lineWidth: Double = Line.defaultWidth,
            lineStyle: LineStyle? = nil, normalization: Normalization? = nil
        ) {
            self.filled = filled
            self.xs = xs
            self.ys = ys
            self.z = z
            self.zIsBoolean = zIsBoolean
            self.levels = levels
            self.colouring = colouring
            self.alpha = alpha
            self.lineWidth = lineWidth
            self.lineStyle = lineStyle
            self.normalization = normalization
        }

        /// The grid's shape, `(rows, columns)`.
        public var shape: (rows: Int, columns: Int) {
            (z.count, z.first?.count ?? 0)
        }

        /// The smallest and largest finite value of Z (matplotlib's `zmin`, `zmax`), or nil if none is finite.
        public var zRange: (lower: Double, upper: Double)? {
            let finite = z.joined().filter(\.isFinite)
            guard let lower = finite.min(), let upper = finite.max() else { return nil }
            return (lower, upper)
        }

        /// The band edges of a filled contour: band `k` holds the values `lower < z ≤ upper`. As in matplotlib,
        /// the lowest edge moves down by 1 when it equals `zmin`, so that the minimum falls in the first band.
        public var bands: [(lower: Double, upper: Double)] {
            guard levels.count >= 2 else { return [] }
            var lowers = Array(levels.dropLast())
            if let range = zRange, range.lower == lowers[0] { lowers[0] -= 1 }
            return zip(lowers, levels.dropFirst()).map { ($0, $1) }
        }

        /// The colour of each band (`contourf`) or line (`contour`), alpha applied: the colormap at each layer
        /// (the middle of a band) or level, normalized from the lowest level to the highest; or `colors=` in turn.
        public var colours: [PlotColour] {
            let values = filled
                ? zip(levels, levels.dropFirst()).map { 0.5 * ($0 + $1) }
                : levels
            switch colouring {
            case .colours(let given):
                guard !given.isEmpty else { return [] }
                return values.indices.map { given[$0 % given.count].with(alpha: alpha) }
            case .colormap(let colormap):
                let normalization = self.normalization ?? Normalization(spanning: levels)
                let lookup = colormap.lookup
                return values.map { lookup.colour(at: normalization.normalized($0)).with(alpha: alpha) }
            }
        }
    }
}
