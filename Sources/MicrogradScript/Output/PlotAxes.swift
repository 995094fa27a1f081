extension Plot {
    /// One axes of a figure (`plt.gca()`, or an `ax` of `plt.subplots`): its artists in drawing order, its words,
    /// the limits the cell set, and the extras (grid, legend, colour bar).
    public struct Axes: Equatable, Sendable {
        /// The artists, in the order they were added; later ones are drawn on top.
        public var artists: [Artist] = []
        /// `set_title` / `plt.title`.
        public var title: String?
        /// `set_xlabel` / `plt.xlabel`.
        public var xLabel: String?
        /// `set_ylabel` / `plt.ylabel`.
        public var yLabel: String?
        /// The x limits the cell fixed with `set_xlim` / `plt.xlim`; nil while x autoscales.
        public var xLimits: Limits?
        /// The y limits the cell fixed; nil while y autoscales.
        public var yLimits: Limits?
        /// The grid lines asked for with `grid()`, if any.
        public var grid: Grid?
        /// The legend asked for with `legend()`, if any.
        public var legend: Legend?
        /// The colour bar asked for with `colorbar()`, if any.
        public var colorbar: Colorbar?
        /// Ticks the cell placed itself with `set_xticks` / `plt.xticks`; nil: matplotlib's automatic ticks.
        public var xTicks: Ticks?
        /// Ticks the cell placed itself on the y axis.
        public var yTicks: Ticks?
        /// False after `axis('off')`: no frame, ticks or labels.
        public var showsAxis = true
        /// How many line colours the axes has handed out: the next `plot` without a colour takes `C<n mod 10>`.
        public var lineColoursUsed = 0
        /// How many patch colours (scatter, bar) the axes has handed out; matplotlib keeps a second cycle for them.
        public var patchColoursUsed = 0

        /// An empty axes.
        public init() {}

        /// The next colour of the line cycle (`plot`, `hist`), advancing it.
        public mutating func nextLineColour() -> Int {
            defer { lineColoursUsed += 1 }
            return lineColoursUsed
        }

        /// The next colour of the patch cycle (`scatter`, `bar`), advancing it.
        public mutating func nextPatchColour() -> Int {
            defer { patchColoursUsed += 1 }
            return patchColoursUsed
        }

        /// The artist that a colour bar shows when none is named: the last one mapped through a colormap, as
        /// matplotlib's current image (`plt.gci()`).
        public var lastMappableIndex: Int? {
            artists.lastIndex { $0.isMappable }
        }
    }

    /// Axis limits, `(left, right)` or `(bottom, top)`; the first may exceed the second, which flips the axis.
    public struct Limits: Equatable, Sendable {
        /// The value at the left (or bottom) end.
        public var lower: Double
        /// The value at the right (or top) end.
        public var upper: Double

        /// Makes limits.
        public init(_ lower: Double, _ upper: Double) {
            self.lower = lower
            self.upper = upper
        }
    }

    /// Which grid lines `grid()` draws.
    public enum Grid: String, Equatable, Sendable {
        /// Both axes' major ticks (`grid()`, `grid(True)`).
        case both
        /// Vertical lines at the x ticks only (`grid(axis='x')`).
        case x
        /// Horizontal lines at the y ticks only.
        case y
    }

    /// Ticks a cell placed itself: where, and optionally what they read.
    public struct Ticks: Equatable, Sendable {
        /// The tick positions in data units.
        public var positions: [Double]
        /// The labels, one per position; nil: formatted as matplotlib formats automatic ticks.
        public var labels: [String]?

        /// Makes ticks.
        public init(positions: [Double], labels: [String]? = nil) {
            self.positions = positions
            self.labels = labels
        }
    }
}
