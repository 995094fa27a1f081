import MicrogradScript

/// Where everything of a figure goes: the SVG's size (100 pixels to the inch, so its aspect ratio follows
/// `figsize`), the band of the figure's title, and a panel per axes in a grid of equal cells.
///
/// Each cell keeps room for what its axes shows — title, axis labels, the widest tick label, the offset text,
/// a colour bar — and the plot area takes the rest, like matplotlib's `tight_layout`.
struct PlotFigureLayout {
    /// The SVG's width in pixels.
    let width: Int
    /// The SVG's height in pixels.
    let height: Int
    /// The panels, one per axes, in the figure's order.
    let panels: [PlotPanel]
    /// The baseline of the figure's title, if it has one.
    let titleBaseline: Double?
    /// The fonts.
    let fonts: PlotFonts

    /// Length of a tick mark, outside the plot area.
    static let tickLength = 5.0
    /// The smallest plot area side, whatever the margins ask.
    static let minimumArea = 24.0

    /// The layout of `plot`.
    init(_ plot: Plot) {
        let inches = plot.size.width.isFinite && plot.size.height.isFinite ? plot.size : Plot.defaultSize
        width = Int(min(max((inches.width * 100).rounded(), 160), 4000))
        height = Int(min(max((inches.height * 100).rounded(), 120), 4000))
        fonts = PlotFonts(panels: plot.axes.count, width: Double(width))
        let hasTitle = plot.title.map(PlotWords.isShown) ?? false
        titleBaseline = hasTitle ? 24 : nil
        let top = hasTitle ? 34.0 : 0
        let pad = 4.0
        let cellWidth = (Double(width) - 2 * pad) / Double(plot.columns)
        let cellHeight = (Double(height) - top - 2 * pad) / Double(plot.rows)
        var panels: [PlotPanel] = []
        for (index, axes) in plot.axes.enumerated() {
            let row = Double(index / plot.columns)
            let column = Double(index % plot.columns)
            let cell = PlotRectangle(
                left: pad + column * cellWidth, top: top + pad + row * cellHeight,
                right: pad + (column + 1) * cellWidth, bottom: top + pad + (row + 1) * cellHeight)
            panels.append(Self.panel(plot, index: index, axes: axes, cell: cell, fonts: fonts))
        }
        self.panels = panels
    }

    /// The panel of axes `index` in `cell`: its ticks first, then margins that make room for its words.
    private static func panel(_ plot: Plot, index: Int, axes: Plot.Axes, cell: PlotRectangle, fonts: PlotFonts) -> PlotPanel {
        let xView = axes.xViewLimits
        let yView = axes.yViewLimits
        let bins = PlotTickSpace.bins(plot, index: index)
        let xTicks = PlotAxisTicks(view: xView, bins: bins.x, explicit: axes.xTicks)
        let yTicks = PlotAxisTicks(view: yView, bins: bins.y, explicit: axes.yTicks)
        let shows = axes.showsAxis
        let widestY = yTicks.ticks.map { PlotFonts.width($0.label, fontSize: fonts.reservedTick) }.max() ?? 0
        let widestX = xTicks.ticks.map { PlotFonts.width($0.label, fontSize: fonts.tick) }.max() ?? 0

        let s = fonts.scale
        var top = 10.0
        if PlotWords.isShown(axes.title) { top += 26 * s }
        if shows && !yTicks.offsetText.isEmpty { top += 14 * s }
        var bottom = 8.0
        if shows { bottom += tickLength + 17 * s }
        if shows && PlotWords.isShown(axes.xLabel) { bottom += 18 * s }
        if shows && !xTicks.offsetText.isEmpty && !PlotWords.isShown(axes.xLabel) { bottom += 14 * s }
        var left = 8.0
        if shows { left += widestY + tickLength + 4 }
        if shows && PlotWords.isShown(axes.yLabel) { left += 20 * s }
        var right = max(12, shows ? widestX / 2 + 4 : 12)
        if shows && !xTicks.offsetText.isEmpty { right = max(right, PlotFonts.width(xTicks.offsetText, fontSize: fonts.tick) / 2 + 4) }

        var colorbar: PlotColorbarLayout?
        if let bar = axes.colorbar, bar.artistIndex < axes.artists.count {
            let areaHeight = max(cell.height - top - bottom, minimumArea)
            let layout = PlotColorbarLayout(
                artist: axes.artists[bar.artistIndex], label: bar.label, areaHeight: areaHeight,
                bins: PlotTickSpace.colorbarBins(plot, index: index), fonts: fonts)
            right += layout.reservedWidth
            colorbar = layout
        }
        var area = PlotRectangle(
            left: cell.left + left, top: cell.top + top, right: cell.right - right, bottom: cell.bottom - bottom)
        if area.width < minimumArea { area.right = area.left + minimumArea }
        if area.height < minimumArea { area.bottom = area.top + minimumArea }
        colorbar?.place(beside: area)
        return PlotPanel(
            axes: axes, area: area, cell: cell, xView: xView, yView: yView, xTicks: xTicks, yTicks: yTicks,
            colorbar: colorbar, fonts: fonts)
    }
}

/// Titles and labels are shown unless missing or blank: a blank one takes no room.
enum PlotWords {
    /// Whether `text` is there and not blank.
    static func isShown(_ text: String?) -> Bool {
        guard let text else { return false }
        return text.contains { !$0.isWhitespace }
    }
}
