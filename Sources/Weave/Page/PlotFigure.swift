import MicrogradScript

/// A plot as inline SVG at the page's standard size; the SVG scales to its column.
enum PlotFigure {
    /// The plot's width and height in SVG user units.
    static let width = 640
    static let height = 400

    static func svg(_ plot: Plot) -> String {
        PlotSVG.render(plot, width: width, height: height)
    }
}
