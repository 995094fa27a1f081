import Micrograd

/// A plot made by a cell: what `plt.plot`, `plt.scatter`, `plt.grid()`, `plt.title(…)` and the decision-boundary
/// helper build. The language knows nothing about pixels; `Weave` draws it as SVG.
public struct Plot: Equatable, Sendable {
    /// How a series is drawn.
    public enum Kind: String, Equatable, Sendable {
        /// Points joined by straight segments, in order (`plt.plot`).
        case line
        /// Unjoined markers (`plt.scatter`).
        case scatter
    }

    /// One `plt.plot` or `plt.scatter` call.
    public struct Series: Equatable, Sendable {
        /// Line or scatter.
        public var kind: Kind
        /// The x coordinates.
        public var xs: [Double]
        /// The y coordinates, as many as `xs`.
        public var ys: [Double]
        /// For a scatter with `c=labels`: each point's class, as many as `xs`; classes colour the markers.
        public var classes: [Int]?
        /// The series' legend label, from `label=`.
        public var label: String?

        /// Makes a series.
        public init(kind: Kind, xs: [Double], ys: [Double], classes: [Int]? = nil, label: String? = nil) {
            self.kind = kind
            self.xs = xs
            self.ys = ys
            self.classes = classes
            self.label = label
        }
    }

    /// A classifier's decision regions over a rectangular grid, drawn under the series.
    public struct DecisionBoundary: Equatable, Sendable {
        /// The grid's x coordinates (cell centres), increasing.
        public var xs: [Double]
        /// The grid's y coordinates (cell centres), increasing.
        public var ys: [Double]
        /// The predicted class of each grid cell, row by row: `classes[row][column]` is at `(xs[column], ys[row])`.
        public var classes: [[Int]]

        /// Makes a decision-boundary map.
        public init(xs: [Double], ys: [Double], classes: [[Int]]) {
            self.xs = xs
            self.ys = ys
            self.classes = classes
        }
    }

    /// The series, in the order they were added.
    public var series: [Series]
    /// The decision regions, if the plot has them.
    public var boundary: DecisionBoundary?
    /// `plt.title(…)`.
    public var title: String?
    /// `plt.xlabel(…)`.
    public var xLabel: String?
    /// `plt.ylabel(…)`.
    public var yLabel: String?
    /// Whether `plt.grid()` was called.
    public var grid: Bool

    /// Makes a plot.
    public init(
        series: [Series] = [], boundary: DecisionBoundary? = nil, title: String? = nil, xLabel: String? = nil,
        yLabel: String? = nil, grid: Bool = false
    ) {
        self.series = series
        self.boundary = boundary
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.grid = grid
    }
}
