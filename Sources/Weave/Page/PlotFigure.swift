import MicrogradScript

/// A figure as inline SVG, at its own size (100 pixels to the inch); the SVG scales to its column.
enum PlotFigure {
    static func svg(_ plot: Plot) -> String {
        PlotSVG.render(plot)
    }
}
