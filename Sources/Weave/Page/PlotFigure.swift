import MicrogradScript

/// A plot as inline SVG, drawn by Weave's plot renderer at the page's standard size.
enum PlotFigure {
    /// The standard size of a plot, in SVG user units; the SVG scales to its column.
    static let width = 640
    static let height = 400

    static func svg(_ plot: Plot) -> String {
        "<pre class=\"plot-text\">\(HTMLEscaping.text(plot.plainText))</pre>"
    }
}
