/// The smallest interval holding some values: what an axis must show before ticks round it outwards.
struct PlotExtent: Equatable {
    /// The smallest value seen.
    var lower: Double
    /// The largest value seen.
    var upper: Double

    /// Values beyond this magnitude are not drawn: they would overflow the arithmetic of spans and steps,
    /// and no lesson means them as coordinates.
    static let plottableMagnitude = 1e300

    /// Whether `value` can be placed on an axis: finite and not absurdly large. NaN and ±∞ are skipped, never drawn.
    static func isPlottable(_ value: Double) -> Bool {
        value.isFinite && value.magnitude <= plottableMagnitude
    }

    /// Grows `extent` (or starts it) to hold `value`, if the value is plottable.
    static func including(_ extent: PlotExtent?, _ value: Double) -> PlotExtent? {
        guard isPlottable(value) else { return extent }
        guard var extent else { return PlotExtent(lower: value, upper: value) }
        extent.lower = min(extent.lower, value)
        extent.upper = max(extent.upper, value)
        return extent
    }

    /// The union of two extents, either of which may be missing.
    static func union(_ a: PlotExtent?, _ b: PlotExtent?) -> PlotExtent? {
        guard let a else { return b }
        guard let b else { return a }
        return PlotExtent(lower: min(a.lower, b.lower), upper: max(a.upper, b.upper))
    }

    /// The extent widened by `fraction` of its span on each side (markers at the very edge stay whole).
    func padded(by fraction: Double) -> PlotExtent {
        let pad = (upper - lower) * fraction
        return PlotExtent(lower: lower - pad, upper: upper + pad)
    }
}
