/// A figure made by a cell's `plt.*` calls: its size, its grid of axes, and each axes' artists in the order the
/// cell drew them. The language knows nothing about pixels; `Weave` draws it as SVG, 100 pixels to the inch, as
/// matplotlib does at its default resolution.
///
/// ```swift
/// var figure = Plot()
/// figure.axes[0].artists.append(.line(Plot.Line(xs: [0, 1, 2], ys: [1, 0.5, 0.25], cycleColour: 0)))
/// figure.axes[0].title = "loss"
/// ```
///
/// It is a plain value that refers to nothing of the interpreter, so an `Output` can carry it and a test can build it.
public struct Plot: Equatable, Sendable {
    /// matplotlib's default figure size, `figure.figsize`: 6.4 × 4.8 inches.
    public static let defaultSize = Size(width: 6.4, height: 4.8)

    /// A figure size in inches, as `figsize=(width, height)`.
    public struct Size: Equatable, Sendable {
        /// Inches across.
        public var width: Double
        /// Inches down.
        public var height: Double

        /// Makes a size.
        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }
    }

    /// The figure size in inches.
    public var size: Size
    /// Rows of the grid of axes (`plt.subplots(nrows, …)`).
    public private(set) var rows: Int
    /// Columns of the grid of axes.
    public private(set) var columns: Int
    /// The axes, row by row: `axes[row * columns + column]`. Always `rows × columns` of them.
    public var axes: [Axes]
    /// The index in `axes` that `plt.plot`, `plt.title`, … act on (`plt.gca()`).
    public var currentAxesIndex: Int
    /// `plt.suptitle(…)` / `fig.suptitle(…)`: a title above all the axes.
    public var title: String?

    /// A figure of `rows × columns` empty axes (one by default), `size` inches large.
    public init(size: Size = Plot.defaultSize, rows: Int = 1, columns: Int = 1) {
        self.size = size
        self.rows = max(rows, 1)
        self.columns = max(columns, 1)
        axes = Array(repeating: Axes(), count: self.rows * self.columns)
        currentAxesIndex = 0
    }

    /// A figure with one axes holding `axes`.
    public init(size: Size = Plot.defaultSize, axes: Axes) {
        self.init(size: size)
        self.axes[0] = axes
    }

    /// The axes that `plt.*` calls act on.
    public var currentAxes: Axes {
        get { axes[currentAxesIndex] }
        set { axes[currentAxesIndex] = newValue }
    }

    /// Whether no axes holds an artist: such a figure is not shown, as Jupyter shows no empty `plt.figure()`.
    public var isEmpty: Bool {
        axes.allSatisfy { $0.artists.isEmpty }
    }

    /// Replaces the grid by `rows × columns` empty axes, keeping the size and the title.
    public mutating func regrid(rows: Int, columns: Int) {
        self.rows = max(rows, 1)
        self.columns = max(columns, 1)
        axes = Array(repeating: Axes(), count: self.rows * self.columns)
        currentAxesIndex = 0
    }
}
