extension Plot {
    /// `hist`'s `bins=`: a number of equal bins, or the bin edges.
    public enum BinsArgument: Equatable, Sendable {
        /// `bins=N`.
        case count(Int)
        /// `bins=[…]`.
        case edges([Double])
    }

    /// `bar`'s x: numbers, or category names placed at 0, 1, 2, … in order of first appearance.
    public enum BarPositions: Equatable, Sendable {
        /// Numeric positions.
        case numbers([Double])
        /// Categories (`bar(['a', 'b'], …)`).
        case categories([String])
    }

    /// The style keywords of `bar` and `hist`, each nil when not given.
    public struct BarOptions: Equatable, Sendable {
        /// `color=`: one colour, or one per bar (cycled).
        public var colours: [PlotColour]?
        /// `edgecolor=`.
        public var edgeColour: PlotColour?
        /// `linewidth=` of the edge, in points.
        public var edgeWidth: Double?
        /// `alpha=`.
        public var alpha: Double?
        /// `label=`.
        public var label: String?

        /// Options; all nil by default.
        public init(
            colours: [PlotColour]? = nil, edgeColour: PlotColour? = nil, edgeWidth: Double? = nil,
            alpha: Double? = nil, label: String? = nil
        ) {
            self.colours = colours
            self.edgeColour = edgeColour
            self.edgeWidth = edgeWidth
            self.alpha = alpha
            self.label = label
        }
    }
}

extension Plot.Axes {
    /// `bar(x, height, width=0.8, bottom=0, align='center', …)`. Scalars given as one-element lists are spread
    /// over all bars; bars that name no colour take the next colour of the axes' patch cycle.
    public mutating func bar(
        x: Plot.BarPositions, heights: [Double], widths: [Double] = [0.8], bottoms: [Double] = [0],
        alignCentre: Bool = true, options: Plot.BarOptions = .init()
    ) throws {
        var categories: [String]?
        let positions: [Double]
        switch x {
        case .numbers(let numbers): positions = numbers
        case .categories(let names):
            var order: [String] = []
            for name in names where !order.contains(name) { order.append(name) }
            categories = order
            positions = names.map { name in Double(order.firstIndex(of: name) ?? 0) }
        }
        let count = [positions.count, heights.count, widths.count, bottoms.count].max() ?? 0
        func spread(_ values: [Double], _ name: String) throws -> [Double] {
            if values.count == count { return values }
            guard values.count == 1 else {
                throw PlotError.value(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (\(positions.count),) and arg \(name == "height" ? 1 : 2) with shape (\(values.count),).")
            }
            return Array(repeating: values[0], count: count)
        }
        let xs = try spread(positions, "x")
        let heights = try spread(heights, "height")
        let widths = Self.convertedWidths(try spread(widths, "width"), at: xs)
        let bottoms = try spread(bottoms, "bottom")
        let lefts = (0..<count).map { alignCentre ? xs[$0] - widths[$0] / 2 : xs[$0] }
        let colours = options.colours ?? [.cycle(nextPatchColour())]
        artists.append(.bars(Plot.Bars(
            lefts: lefts, heights: heights, widths: widths, bottoms: bottoms, colours: colours,
            colourWasGiven: options.colours != nil, edgeColour: options.edgeColour,
            edgeWidth: options.edgeWidth ?? 1, alpha: options.alpha, label: options.label,
            categories: categories)))
        if let categories {
            xTicks = Plot.Ticks(positions: categories.indices.map(Double.init), labels: categories)
        }
    }

    /// The widths as matplotlib's `bar` keeps them: measured from the first finite position (`_convert_dx`),
    /// `(x0 + width) - x0`, which can differ from `width` in the last bits.
    private static func convertedWidths(_ widths: [Double], at positions: [Double]) -> [Double] {
        guard let first = positions.first(where: \.isFinite) else { return widths }
        return widths.map { (first + $0) - first }
    }

    /// `hist(values, bins=10, range=None, density=False, …)`: numpy's histogram, drawn as adjacent bars in the
    /// next colour of the axes' line cycle (as matplotlib does), and returned as `(n, bins)` are.
    @discardableResult
    public mutating func hist(
        values: [Double], bins: Plot.BinsArgument = .count(10), range: (Double, Double)? = nil,
        density: Bool = false, options: Plot.BarOptions = .init()
    ) throws -> Plot.Histogram {
        var histogram: Plot.Histogram
        switch bins {
        case .count(let count):
            // matplotlib passes numpy the range of the values it can draw (nanmin, nanmax) when none is given.
            let finite = values.filter { !$0.isNaN }
            let span = range ?? finite.min().flatMap { low in finite.max().map { (low, $0) } }
            histogram = try PlotHistogramBins.equalWidth(values: values, bins: count, range: span)
        case .edges(let edges):
            histogram = try PlotHistogramBins.explicit(values: values, edges: edges)
        }
        if density { histogram = PlotHistogramBins.density(histogram) }
        let edges = histogram.edges
        let binWidths = zip(edges, edges.dropFirst()).map { $1 - $0 }
        // matplotlib centres each bar at `left + 0.5 × width` and draws it from `centre − width / 2`.
        let centres = binWidths.indices.map { edges[$0] + 0.5 * binWidths[$0] }
        let widths = Self.convertedWidths(binWidths, at: centres)
        let lefts = widths.indices.map { centres[$0] - widths[$0] / 2 }
        let colours = options.colours ?? [.cycle(nextLineColour())]
        artists.append(.bars(Plot.Bars(
            lefts: lefts, heights: histogram.counts, widths: widths,
            bottoms: Array(repeating: 0, count: widths.count), colours: colours,
            colourWasGiven: options.colours != nil, edgeColour: options.edgeColour,
            edgeWidth: options.edgeWidth ?? 1, alpha: options.alpha, label: options.label,
            histogram: histogram)))
        return histogram
    }
}
