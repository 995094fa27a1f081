import Micrograd

extension Plot {
    /// The plain-text rendition that expected outputs store and `check` compares: for each axes its words, the
    /// limits the cell set, and each artist with its size, ranges, first and last points and the styles the cell
    /// chose, so that a change in the data shows up as a diff without storing every point. Numbers are spelled
    /// as Python prints them.
    ///
    /// A figure with one axes reads as before figures had several:
    /// ```
    /// plot: 1 series, grid
    ///   title: f(x)
    ///   line: 40 points, x -5.0 … 4.75, y 3.6875 … 100.0, first (-5.0, 100.0), last (4.75, 53.6875)
    /// ```
    /// A grid of axes lists each, by row and column:
    /// ```
    /// figure: 1×2 axes, figsize (10.0, 4.0)
    ///   axes (1, 1): 1 series
    ///     scatter: …
    /// ```
    public var plainText: String {
        var lines: [String]
        if rows == 1 && columns == 1 {
            lines = ["plot: " + Self.header(axes[0]) + sizeNote]
            if let title { lines.append("  suptitle: " + TextEscaping.singleLine(title)) }
            lines += PlotAxesText(axes[0]).lines.map { "  " + $0 }
        } else {
            lines = ["figure: \(rows)×\(columns) axes" + sizeNote]
            if let title { lines.append("  suptitle: " + TextEscaping.singleLine(title)) }
            for (index, axes) in axes.enumerated() {
                let place = "(\(index / columns + 1), \(index % columns + 1))"
                lines.append("  axes \(place): " + Self.header(axes))
                lines += PlotAxesText(axes).lines.map { "    " + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `, figsize (5.0, 5.0)` when the size is not matplotlib's default.
    private var sizeNote: String {
        guard size != Self.defaultSize else { return "" }
        return ", figsize (\(PythonFloat.repr(size.width)), \(PythonFloat.repr(size.height)))"
    }

    /// `2 series, grid`: the number of artists and the grid, or `empty`.
    private static func header(_ axes: Axes) -> String {
        guard !axes.artists.isEmpty else { return "empty" }
        var header = "\(axes.artists.count) series"
        if let grid = axes.grid { header += grid == .both ? ", grid" : ", grid \(grid.rawValue)" }
        if !axes.showsAxis { header += ", axis off" }
        return header
    }
}
