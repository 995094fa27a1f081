import Foundation
import MicrogradScript

/// A colour bar beside an axes, as matplotlib's `colorbar()` builds it for a mapped artist: for a filled
/// contour, a block per band between its levels, ticked at the levels; for colour-mapped points, the colormap's
/// colours from `vmin` to `vmax`, ticked as an axis.
struct PlotColorbarLayout {
    /// A run of the bar in one colour, in data units along the bar.
    struct Segment {
        let lower: Double
        let upper: Double
        let colour: PlotColour
    }

    /// The coloured runs, bottom to top.
    let segments: [Segment]
    /// Lines across the bar at contour levels (a `contour` of lines), with their colours.
    let lines: [(value: Double, colour: PlotColour)]
    /// The values at the bottom and top of the bar.
    let view: Plot.Limits
    /// The ticks on its right side.
    let ticks: PlotAxisTicks
    /// The words along it, if any.
    let label: String?
    /// The bar's width in pixels: a twentieth of its height, as matplotlib's `aspect=20`.
    let barWidth: Double
    /// The pixels it takes to the right of the plot area, gap and labels included.
    let reservedWidth: Double
    /// The bar itself, once placed.
    private(set) var rectangle = PlotRectangle(left: 0, top: 0, right: 0, bottom: 0)

    /// The gap between the plot area and the bar.
    static let gap = 14.0

    /// The colour bar of `artist`, for a plot area `areaHeight` pixels tall.
    init(artist: Plot.Artist, label: String?, areaHeight: Double, bins: Int, fonts: PlotFonts) {
        var segments: [Segment] = []
        var lines: [(value: Double, colour: PlotColour)] = []
        var view = Plot.Limits(0, 1)
        var explicit: Plot.Ticks?
        switch artist {
        case .contour(let contour):
            let levels = contour.levels
            view = Plot.Limits(levels.first ?? 0, levels.last ?? 1)
            let colours = contour.colours
            if contour.filled {
                for index in 0..<max(levels.count - 1, 0) where index < colours.count {
                    segments.append(Segment(lower: levels[index], upper: levels[index + 1], colour: colours[index]))
                }
            } else {
                segments = Self.gradient(PlotColormapOf.contour(contour), from: view, alpha: contour.alpha)
                lines = zip(levels, colours).map { ($0, $1) }
            }
            explicit = Plot.Ticks(positions: Self.fixedLocator(levels))
        case .scatter(let scatter):
            if case .mapped(_, let colormap, let normalization) = scatter.colouring {
                let (low, high) = PlotTickLocator.nonsingular(normalization.lower, normalization.upper, expander: 0.1)
                view = Plot.Limits(low, high)
                segments = Self.gradient(colormap, from: view, alpha: scatter.alpha)
            }
        default:
            break
        }
        if view.lower == view.upper { view = Plot.Limits(view.lower - 0.5, view.upper + 0.5) }
        self.segments = segments
        self.lines = lines
        self.view = view
        ticks = PlotAxisTicks(view: view, bins: bins, explicit: explicit)
        self.label = PlotWords.isShown(label) ? label : nil
        barWidth = min(max(areaHeight / 20, 10), 24)
        let widest = ticks.ticks.map { PlotFonts.width($0.label, fontSize: fonts.reservedTick) }.max() ?? 0
        reservedWidth = Self.gap + barWidth + PlotFigureLayout.tickLength + 4 + widest + (self.label == nil ? 0 : 20) + 4
    }

    /// Puts the bar beside `area`, as tall as it.
    mutating func place(beside area: PlotRectangle) {
        rectangle = PlotRectangle(
            left: area.right + Self.gap, top: area.top, right: area.right + Self.gap + barWidth, bottom: area.bottom)
    }

    /// The pixel row of a value along the bar.
    func pixelY(_ value: Double) -> Double {
        rectangle.bottom - (value - view.lower) / (view.upper - view.lower) * rectangle.height
    }

    /// The colormap's colours spread evenly over `view`, one run per table entry (equal neighbours merged).
    private static func gradient(_ colormap: PlotColormap, from view: Plot.Limits, alpha: Double?) -> [Segment] {
        let table = colormap.lookup.table
        let span = view.upper - view.lower
        var segments: [Segment] = []
        for (index, colour) in table.enumerated() {
            let lower = view.lower + span * Double(index) / Double(table.count)
            let upper = view.lower + span * Double(index + 1) / Double(table.count)
            let shown = colour.with(alpha: alpha)
            if let last = segments.last, last.colour == shown {
                segments[segments.count - 1] = Segment(lower: last.lower, upper: upper, colour: shown)
            } else {
                segments.append(Segment(lower: lower, upper: upper, colour: shown))
            }
        }
        return segments
    }

    /// matplotlib's `FixedLocator(levels, nbins=10)`: every level, or every n-th when there are more than ten,
    /// starting where the subset holds the value nearest zero.
    static func fixedLocator(_ levels: [Double]) -> [Double] {
        let step = max(Int((Double(levels.count) / 10).rounded(.up)), 1)
        guard step > 1 else { return levels }
        var best = stride(from: 0, to: levels.count, by: step).map { levels[$0] }
        for start in 1..<step {
            let candidate = stride(from: start, to: levels.count, by: step).map { levels[$0] }
            if let low = candidate.map(abs).min(), let bestLow = best.map(abs).min(), low < bestLow { best = candidate }
        }
        return best
    }
}

/// The colormap a contour set's lines are coloured from (viridis when it names colours instead).
enum PlotColormapOf {
    /// The colormap of `contour`.
    static func contour(_ contour: Plot.Contour) -> PlotColormap {
        if case .colormap(let colormap) = contour.colouring { return colormap }
        return .standard
    }
}
