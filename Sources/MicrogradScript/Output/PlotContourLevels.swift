/// The levels of `contour` and `contourf`, chosen as matplotlib's `ContourSet` chooses them.
///
/// ```swift
/// PlotContourLevels.automatic(count: 7, zMin: 0, zMax: 1, filled: true)
/// // [0.0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.05]
/// ```
public enum PlotContourLevels {
    /// matplotlib's default number of levels when none is given.
    public static let defaultCount = 7

    /// The default levels for values from `zMin` to `zMax`: `[0, 0.5, 1]` (filled) or `[0.5]` (lines) for
    /// boolean values, else `count` automatic levels.
    public static func standard(zMin: Double, zMax: Double, zIsBoolean: Bool, filled: Bool) -> [Double] {
        if zIsBoolean { return filled ? [0, 0.5, 1] : [0.5] }
        return automatic(count: defaultCount, zMin: zMin, zMax: zMax, filled: filled)
    }

    /// `levels=N`: matplotlib's `_autolev(N)`. `MaxNLocator(N + 1, min_n_ticks=1)` picks nice values over
    /// `zMin…zMax`, then the values beyond the data are trimmed to one on each side, unless fewer than three
    /// would remain.
    public static func automatic(count: Int, zMin: Double, zMax: Double, filled: Bool) -> [Double] {
        let locator = PlotTickLocator(bins: count + 1, steps: PlotTickLocator.defaultSteps, minimumCount: 1)
        let levels = locator.values(from: zMin, to: zMax)
        let under = levels.indices.filter { levels[$0] < zMin }
        let over = levels.indices.filter { levels[$0] > zMax }
        var first = under.last ?? 0
        var end = over.first.map { $0 + 1 } ?? levels.count
        if end - first < 3 {
            first = 0
            end = levels.count
        }
        return Array(levels[first..<end])
    }

    /// `levels=[…]`: the given levels, which must increase strictly; a filled contour needs two of them.
    public static func explicit(_ levels: [Double], filled: Bool) throws -> [Double] {
        if filled && levels.count < 2 {
            throw PlotError.value("Filled contours require at least 2 levels.")
        }
        if levels.count > 1, zip(levels, levels.dropFirst()).contains(where: { !($1 - $0 > 0) }) {
            throw PlotError.value("Contour levels must be increasing")
        }
        return levels
    }
}
