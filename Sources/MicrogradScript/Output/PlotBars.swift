extension Plot {
    /// `bar(x, height, width=0.8, bottom=0, align='center', color=, edgecolor=, alpha=, label=)`, and the bars of
    /// `hist`: rectangles standing on their bottoms.
    public struct Bars: Equatable, Sendable {
        /// The left edge of each bar.
        public var lefts: [Double]
        /// The height of each bar (negative bars hang down).
        public var heights: [Double]
        /// The width of each bar.
        public var widths: [Double]
        /// The bottom of each bar.
        public var bottoms: [Double]
        /// The fill colour of each bar: one for all, or one per bar.
        public var colours: [PlotColour]
        /// Whether the cell named the colour (rather than the axes' cycle handing it out).
        public var colourWasGiven: Bool
        /// The edge colour, if any (`edgecolor=`): by default bars have no edge.
        public var edgeColour: PlotColour?
        /// The edge width in points.
        public var edgeWidth: Double
        /// `alpha=`, if given.
        public var alpha: Double?
        /// The legend label, from `label=`.
        public var label: String?
        /// For the bars of `hist`: the histogram they show.
        public var histogram: Histogram?
        /// Category names for the bars' positions when `x` was strings (`bar(['a', 'b'], …)`).
        public var categories: [String]?

        /// Makes bars; lefts, heights, widths and bottoms must be equally long.
        public init(
            lefts: [Double], heights: [Double], widths: [Double], bottoms: [Double], colours: [PlotColour],
            colourWasGiven: Bool = false, edgeColour: PlotColour? = nil, edgeWidth: Double = 1,
            alpha: Double? = nil, label: String? = nil, histogram: Histogram? = nil, categories: [String]? = nil
        ) {
            self.lefts = lefts
            self.heights = heights
            self.widths = widths
            self.bottoms = bottoms
            self.colours = colours
            self.colourWasGiven = colourWasGiven
            self.edgeColour = edgeColour
            self.edgeWidth = edgeWidth
            self.alpha = alpha
            self.label = label
            self.histogram = histogram
            self.categories = categories
        }

        /// The number of bars.
        public var count: Int {
            min(lefts.count, heights.count, widths.count, bottoms.count)
        }

        /// The fill colour of bar `index`, alpha applied.
        public func colour(at index: Int) -> PlotColour {
            guard !colours.isEmpty else { return PlotColour.cycle(0).with(alpha: alpha) }
            return colours[index % colours.count].with(alpha: alpha)
        }
    }

    /// What `hist(values, bins=, range=, density=)` counted: numpy's bin edges and the counts per bin.
    public struct Histogram: Equatable, Sendable {
        /// How many finite values were given.
        public var valueCount: Int
        /// The bin edges, one more than the bins, increasing.
        public var edges: [Double]
        /// The count in each bin, or the density when `density` is set.
        public var counts: [Double]
        /// Whether `density=True` scaled the counts to unit area.
        public var density: Bool

        /// Makes a histogram record.
        public init(valueCount: Int, edges: [Double], counts: [Double], density: Bool = false) {
            self.valueCount = valueCount
            self.edges = edges
            self.counts = counts
            self.density = density
        }
    }
}
