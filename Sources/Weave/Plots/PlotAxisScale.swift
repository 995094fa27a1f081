/// One axis: its domain in data units, its ticks at 1-2-5 steps, and the mapping from data to pixels.
///
/// ```swift
/// let scale = PlotAxisScale(extent: PlotExtent(lower: 0.3, upper: 9.2), targetTickCount: 5, fit: .extendToTicks)
/// scale.ticks.map(\.label)   // ["0", "2", "4", "6", "8", "10"]
/// ```
struct PlotAxisScale {
    /// How the domain relates to the data.
    enum Fit {
        /// The domain grows outwards to the nearest ticks, so the axis starts and ends on a labelled value.
        case extendToTicks
        /// The domain is exactly the extent; ticks fall inside it. Used for decision maps, which fill the frame.
        case tight
    }

    /// A tick: where it sits in data units and how it is labelled.
    struct Tick: Equatable {
        /// The value in data units.
        let value: Double
        /// The compact label, e.g. `0.25`.
        let label: String
    }

    /// The smallest value the axis shows.
    let lower: Double
    /// The largest value the axis shows.
    let upper: Double
    /// The ticks, increasing.
    let ticks: [Tick]

    /// The scale for `extent` (none: an empty plot, shown as 0…1) with about `targetTickCount` intervals.
    init(extent: PlotExtent?, targetTickCount: Int, fit: Fit) {
        let span = Self.widened(extent ?? PlotExtent(lower: 0, upper: 1))
        let target = Double(min(max(targetTickCount, 2), 50))
        let step = PlotTickStep(near: span.upper / target - span.lower / target)
        // Tolerance: 0.30000000000000004 / 0.1 must count as 3, not ceil to 4.
        let slack = 1e-9
        let lowerIndex: Int
        let upperIndex: Int
        switch fit {
        case .extendToTicks:
            lowerIndex = Int((span.lower / step.value + slack).rounded(.down))
            upperIndex = Int((span.upper / step.value - slack).rounded(.up))
            lower = step.tick(lowerIndex)
            upper = step.tick(upperIndex)
        case .tight:
            lowerIndex = Int((span.lower / step.value - slack).rounded(.up))
            upperIndex = Int((span.upper / step.value + slack).rounded(.down))
            lower = span.lower
            upper = span.upper
        }
        ticks = lowerIndex <= upperIndex
            ? (lowerIndex...upperIndex).map { index in
                Tick(value: step.tick(index),
                     label: PlotTickLabel.format(multiple: index * step.mantissa, exponent: step.exponent))
            }
            : []
    }

    /// The pixel coordinate of `value` when the domain runs from pixel `start` to pixel `end` (either direction).
    func pixel(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// An extent with a usable span. A single value (or values equal to twelve digits) becomes value ± 10 %,
    /// or -1…1 around zero (and around values too tiny to divide), the way plotting libraries show a flat line.
    /// Keeping the span above 10⁻¹² of the magnitude also keeps tick indices far below `Int`'s range.
    private static func widened(_ extent: PlotExtent) -> PlotExtent {
        let magnitude = max(extent.lower.magnitude, extent.upper.magnitude)
        let span = extent.upper - extent.lower
        if span > magnitude * 1e-12, span > 1e-280 { return extent }
        let middle = extent.lower / 2 + extent.upper / 2
        var pad = middle.magnitude * 0.1
        if !(pad >= 1e-270) { pad = 1 }
        return PlotExtent(lower: middle - pad, upper: middle + pad)
    }
}
