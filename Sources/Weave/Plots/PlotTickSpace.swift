import Foundation
import MicrogradScript

/// How many tick intervals matplotlib allows an axis: its `get_tick_space()`, from the size matplotlib gives the
/// axes in its default layout (the subplot parameters 0.125 / 0.9 / 0.11 / 0.88 and spacing 0.2, narrowed by a
/// colour bar) and a 10-point tick font. Gradbook lays the axes out its own way, but counts ticks as matplotlib
/// does, so that the ticks are matplotlib's.
enum PlotTickSpace {
    /// The most intervals `AutoLocator` uses.
    static let maximumBins = 9

    /// matplotlib's default subplot parameters (`figure.subplot.*`).
    private static let left = 0.125, right = 0.9, bottom = 0.11, top = 0.88, spacing = 0.2
    /// The share of the width a colour bar takes from its axes (`fraction` 0.15 plus `pad` 0.05).
    private static let colorbarShare = 0.2

    /// The axes' size in inches in matplotlib's default layout of `figure`.
    static func axesSize(_ figure: Plot, index: Int) -> (width: Double, height: Double) {
        let columns = Double(figure.columns)
        let rows = Double(figure.rows)
        let cellWidth = (right - left) / (columns + spacing * (columns - 1))
        let cellHeight = (top - bottom) / (rows + spacing * (rows - 1))
        var width = cellWidth * figure.size.width
        let height = cellHeight * figure.size.height
        if index < figure.axes.count, figure.axes[index].colorbar != nil { width *= 1 - colorbarShare }
        return (width, height)
    }

    /// The bins of the x and y axes of axes `index` of `figure`.
    static func bins(_ figure: Plot, index: Int) -> (x: Int, y: Int) {
        let size = axesSize(figure, index: index)
        return (clamp(floor(size.width * 72 / 30)), clamp(floor(size.height * 72 / 20)))
    }

    /// The bins of the colour bar beside axes `index`: its long axis is as tall as the axes, unless its slot
    /// (15 % of the axes' width) is narrower than a twentieth of that height.
    static func colorbarBins(_ figure: Plot, index: Int) -> Int {
        let size = axesSize(figure, index: index)
        let slot = size.width / (1 - colorbarShare) * 0.15
        let length = min(size.height, slot * 20)
        return clamp(floor(length * 72 / 20))
    }

    /// A tick space clipped to 1…9 bins, as `AutoLocator` clips it.
    private static func clamp(_ space: Double) -> Int {
        guard space.isFinite else { return maximumBins }
        return Int(min(max(space, 1), Double(maximumBins)))
    }
}

/// One axis's ticks as matplotlib draws them: the locator's values (or the cell's own), labelled by the
/// formatter, keeping those within the view.
struct PlotAxisTicks {
    /// A drawn tick.
    struct Tick: Equatable {
        /// Where, in data units.
        let value: Double
        /// What it reads.
        let label: String
    }

    /// The ticks inside the view, in increasing order of value.
    let ticks: [Tick]
    /// The common factor or offset written at the end of the axis, or "".
    let offsetText: String

    /// The ticks of an axis showing `view`, with room for `bins` intervals, or at `explicit` positions.
    init(view: Plot.Limits, bins: Int, explicit: Plot.Ticks?) {
        let locations = explicit?.positions
            ?? PlotTickLocator.axis(bins: bins).values(from: min(view.lower, view.upper), to: max(view.lower, view.upper))
        let formatter = PlotTickFormatter(locations: locations, viewLower: view.lower, viewUpper: view.upper)
        let labels = explicit?.labels ?? locations.map(formatter.label)
        let low = min(view.lower, view.upper)
        let high = max(view.lower, view.upper)
        let tolerance = (high - low) * 1e-10
        ticks = zip(locations, labels).compactMap { value, label in
            guard value.isFinite, value >= low - tolerance, value <= high + tolerance else { return nil }
            return Tick(value: value, label: label)
        }
        offsetText = explicit?.labels == nil ? formatter.offsetText : ""
    }
}
