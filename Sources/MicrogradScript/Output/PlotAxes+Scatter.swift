extension Plot {
    /// What `scatter`'s `c=` (or `color=`) gave.
    public enum ScatterColours: Equatable, Sendable {
        /// One colour for every point (`c='red'`, `color='k'`).
        case colour(PlotColour)
        /// A colour per point (`c=['red', 'blue', …]`).
        case colours([PlotColour])
        /// A number per point, to be put through the colormap (`c=y`).
        case values([Double])
    }

    /// The keywords of `scatter` other than the data, each nil when not given.
    public struct ScatterOptions: Equatable, Sendable {
        /// `c=` or `color=`.
        public var colours: ScatterColours?
        /// `s=`: one area in points², or one per point.
        public var sizes: [Double]?
        /// `cmap=`.
        public var colormap: PlotColormap?
        /// `vmin=`.
        public var lower: Double?
        /// `vmax=`.
        public var upper: Double?
        /// `marker=`.
        public var marker: Marker?
        /// `alpha=`.
        public var alpha: Double?
        /// `label=`.
        public var label: String?
        /// `edgecolors=`.
        public var edgeColour: PlotColour?
        /// `linewidths=`.
        public var edgeWidth: Double?

        /// Options; all nil by default.
        public init(
            colours: ScatterColours? = nil, sizes: [Double]? = nil, colormap: PlotColormap? = nil,
            lower: Double? = nil, upper: Double? = nil, marker: Marker? = nil, alpha: Double? = nil,
            label: String? = nil, edgeColour: PlotColour? = nil, edgeWidth: Double? = nil
        ) {
            self.colours = colours
            self.sizes = sizes
            self.colormap = colormap
            self.lower = lower
            self.upper = upper
            self.marker = marker
            self.alpha = alpha
            self.label = label
            self.edgeColour = edgeColour
            self.edgeWidth = edgeWidth
        }
    }
}

extension Plot.Axes {
    /// `scatter(xs, ys, c=, s=, cmap=, vmin=, vmax=, marker=, alpha=, label=, edgecolors=, linewidths=)`.
    ///
    /// Numbers in `c` are normalized from their smallest to their largest value (over the points that can be
    /// drawn), unless `vmin`/`vmax` fix either end, and coloured by the colormap (viridis by default). Without
    /// `c`, the points take the next colour of the axes' patch cycle.
    public mutating func scatter(xs: [Double], ys: [Double], options: Plot.ScatterOptions = .init()) throws {
        let count = xs.count
        guard ys.count == count else { throw PlotError.value("x and y must be the same size") }
        func inconsistent(_ size: Int) -> PlotError {
            .value("'c' argument has \(size) elements, which is inconsistent with 'x' and 'y' with size \(count).")
        }
        if let sizes = options.sizes, sizes.count != 1, sizes.count != count {
            throw PlotError.value("s must be a scalar, or float array-like with the same size as x and y")
        }
        let colouring: Plot.Scatter.Colouring
        switch options.colours {
        case .colour(let colour):
            colouring = .single(colour)
        case .colours(let colours):
            guard colours.count == 1 || colours.count == count else { throw inconsistent(colours.count) }
            colouring = colours.count == 1 ? .single(colours[0]) : .each(colours)
        case .values(let values):
            guard values.count == count else { throw inconsistent(values.count) }
            let drawable = (0..<count).filter { xs[$0].isFinite && ys[$0].isFinite }.map { values[$0] }
            let normalization = Plot.Normalization(spanning: drawable, lower: options.lower, upper: options.upper)
            guard normalization.lower <= normalization.upper else {
                throw PlotError.value("minvalue must be less than or equal to maxvalue")
            }
            colouring = .mapped(
                values: values, colormap: options.colormap ?? .standard, normalization: normalization)
        case nil:
            colouring = .single(.cycle(nextPatchColour()))
        }
        var mappedWithLimits = false
        if case .mapped = colouring { mappedWithLimits = options.lower != nil || options.upper != nil }
        artists.append(.scatter(Plot.Scatter(
            xs: xs, ys: ys, colouring: colouring, sizes: options.sizes ?? [Plot.Scatter.defaultSize],
            marker: options.marker ?? .circle, alpha: options.alpha, label: options.label,
            edgeColour: options.edgeColour, edgeWidth: options.edgeWidth ?? 1,
            normalizationWasGiven: mappedWithLimits)))
    }
}
