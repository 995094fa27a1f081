extension Plot.Axes {
    /// `grid(visible, axis=)`: with no argument at all it toggles, as matplotlib's `grid()` does; `visible`
    /// false removes the grid.
    public mutating func grid(visible: Bool?, axis: Plot.Grid = .both) {
        let on = visible ?? (grid == nil)
        grid = on ? axis : nil
    }

    /// `legend(labels, loc=)`: a legend of the labelled artists (or of the artists in order, with `labels`).
    public mutating func legend(location: Plot.Legend.Location = .best, labels: [String]? = nil) {
        legend = Plot.Legend(location: location, labels: labels)
    }

    /// `colorbar(label=)`: a colour bar for the last artist mapped through a colormap (matplotlib's current
    /// image). Fails as matplotlib does when there is none.
    public mutating func colorbar(label: String? = nil) throws {
        guard let index = lastMappableIndex else {
            throw PlotError(
                "RuntimeError",
                "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).")
        }
        colorbar = Plot.Colorbar(artistIndex: index, label: label)
    }

    /// `axis([xmin, xmax, ymin, ymax])`: fixes both limits at once.
    public mutating func setLimits(_ limits: [Double]) throws {
        guard limits.count == 4 else {
            throw PlotError.type("the first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
        }
        setXLimits(lower: limits[0], upper: limits[1])
        setYLimits(lower: limits[2], upper: limits[3])
    }

    /// `(xmin, xmax, ymin, ymax)`: what `axis()` returns.
    public var allViewLimits: [Double] {
        let x = xViewLimits
        let y = yViewLimits
        return [x.lower, x.upper, y.lower, y.upper]
    }
}
