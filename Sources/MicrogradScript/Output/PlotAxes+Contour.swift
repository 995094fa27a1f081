extension Plot {
    /// Grid coordinates as `contour` accepts them: one value per column (x) or row (y), or one per grid point.
    public enum GridCoordinates: Equatable, Sendable {
        /// 1-D: spread over the grid as `np.meshgrid` would.
        case vector([Double])
        /// 2-D, the shape of Z.
        case grid([[Double]])
    }

    /// `levels=`: how many automatic levels, or the levels themselves.
    public enum LevelsArgument: Equatable, Sendable {
        /// `levels=N`: about N nice levels (matplotlib's `MaxNLocator`).
        case count(Int)
        /// `levels=[…]`: these levels, increasing.
        case values([Double])
    }

    /// The keywords of `contour` and `contourf` other than the data, each nil when not given.
    public struct ContourOptions: Equatable, Sendable {
        /// `levels=`.
        public var levels: LevelsArgument?
        /// `cmap=`.
        public var colormap: PlotColormap?
        /// `colors=`.
        public var colours: [PlotColour]?
        /// `alpha=`.
        public var alpha: Double?
        /// `linewidths=` (lines only).
        public var lineWidth: Double?
        /// `linestyles=` (lines only).
        public var lineStyle: LineStyle?
        /// `vmin=`: the value at the colormap's start, instead of the lowest level.
        public var lower: Double?
        /// `vmax=`: the value at the colormap's end, instead of the highest level.
        public var upper: Double?

        /// Options; all nil by default.
        public init(
            levels: LevelsArgument? = nil, colormap: PlotColormap? = nil, colours: [PlotColour]? = nil,
            alpha: Double? = nil, lineWidth: Double? = nil, lineStyle: LineStyle? = nil, lower: Double? = nil,
            upper: Double? = nil
        ) {
            self.levels = levels
            self.colormap = colormap
            self.colours = colours
            self.alpha = alpha
            self.lineWidth = lineWidth
            self.lineStyle = lineStyle
            self.lower = lower
            self.upper = upper
        }
    }
}

extension Plot.Axes {
    /// `contour(X, Y, Z, …)` (`filled` false) or `contourf(X, Y, Z, …)`: checks the shapes with matplotlib's
    /// messages, chooses the levels as matplotlib does, and adds the contour set. Without X and Y the grid is
    /// the column and row numbers.
    @discardableResult
    public mutating func contour(
        filled: Bool, x: Plot.GridCoordinates?, y: Plot.GridCoordinates?, z: [[Double]], zIsBoolean: Bool = false,
        options: Plot.ContourOptions = .init()
    ) throws -> Plot.Contour {
        let rows = z.count
        let columns = z.first?.count ?? 0
        guard rows >= 2, columns >= 2 else {
            throw PlotError.type("Input z must be at least a (2, 2) shaped array, but has shape (\(rows), \(columns))")
        }
        let (xs, ys) = try Self.grid(x: x, y: y, rows: rows, columns: columns)
        if options.colours != nil && options.colormap != nil {
            throw PlotError.value("Either colors or cmap must be None")
        }
        let finite = z.joined().filter(\.isFinite)
        guard let zMin = finite.min(), let zMax = finite.max() else {
            throw PlotError.value("Z has no finite value to draw contours of")
        }
        let levels: [Double]
        switch options.levels {
        case .count(let count):
            levels = PlotContourLevels.automatic(count: count, zMin: zMin, zMax: zMax, filled: filled)
        case .values(let given):
            levels = try PlotContourLevels.explicit(given, filled: filled)
        case nil:
            levels = PlotContourLevels.standard(zMin: zMin, zMax: zMax, zIsBoolean: zIsBoolean, filled: filled)
        }
        let colouring: Plot.Contour.Colouring = options.colours.map { .colours($0) }
            ?? .colormap(options.colormap ?? .standard)
        var normalization: Plot.Normalization?
        if options.lower != nil || options.upper != nil {
            normalization = Plot.Normalization(spanning: levels, lower: options.lower, upper: options.upper)
        }
        let contour = Plot.Contour(
            filled: filled, xs: xs, ys: ys, z: z, zIsBoolean: zIsBoolean, levels: levels, colouring: colouring,
            alpha: options.alpha, lineWidth: options.lineWidth ?? Plot.Line.defaultWidth, lineStyle: options.lineStyle,
            normalization: normalization)
        artists.append(.contour(contour))
        return contour
    }

    /// The 2-D x and y of every grid point, as matplotlib's `_check_xyz` and `_initialize_x_y` make them.
    private static func grid(
        x: Plot.GridCoordinates?, y: Plot.GridCoordinates?, rows: Int, columns: Int
    ) throws -> ([[Double]], [[Double]]) {
        switch (x, y) {
        case (nil, nil):
            let xs = Array(repeating: (0..<columns).map(Double.init), count: rows)
            let ys = (0..<rows).map { Array(repeating: Double($0), count: columns) }
            return (xs, ys)
        case (.vector(let xv), .vector(let yv)):
            guard xv.count == columns else {
                throw PlotError.type("Length of x (\(xv.count)) must match number of columns in z (\(columns))")
            }
            guard yv.count == rows else {
                throw PlotError.type("Length of y (\(yv.count)) must match number of rows in z (\(rows))")
            }
            return (Array(repeating: xv, count: rows), yv.map { Array(repeating: $0, count: columns) })
        case (.grid(let xg), .grid(let yg)):
            let shape = "(\(rows), \(columns))"
            guard xg.count == rows, xg.allSatisfy({ $0.count == columns }) else {
                throw PlotError.type("Shapes of x (\(xg.count), \(xg.first?.count ?? 0)) and z \(shape) do not match")
            }
            guard yg.count == rows, yg.allSatisfy({ $0.count == columns }) else {
                throw PlotError.type("Shapes of y (\(yg.count), \(yg.first?.count ?? 0)) and z \(shape) do not match")
            }
            return (xg, yg)
        case (.vector, .grid), (.grid, .vector):
            let xDimensions = if case .grid = x { 2 } else { 1 }
            let yDimensions = 3 - xDimensions
            throw PlotError.type("Number of dimensions of x (\(xDimensions)) and y (\(yDimensions)) do not match")
        case (nil, _), (_, nil):
            throw PlotError.type("contour() takes X and Y together, or neither")
        }
    }
}
