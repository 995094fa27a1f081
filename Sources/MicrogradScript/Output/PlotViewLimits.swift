extension Plot.Axes {
    /// matplotlib's `axes.xmargin` and `axes.ymargin`: autoscaled limits reach 5 % of the data span past the data.
    public static let margin = 0.05

    /// The limits the axes shows along x: those the cell set, else matplotlib's autoscaled ones. This is what
    /// `plt.xlim()` and `ax.get_xlim()` return.
    public var xViewLimits: Plot.Limits {
        xLimits ?? autoscaled(.x)
    }

    /// The limits the axes shows along y (`plt.ylim()`).
    public var yViewLimits: Plot.Limits {
        yLimits ?? autoscaled(.y)
    }

    /// `set_xlim(left, right)` / `plt.xlim(left, right)`: fixes the x limits, taking the side not given from the
    /// current view, widening equal limits as matplotlib does, and returns the pair matplotlib returns.
    @discardableResult
    public mutating func setXLimits(lower: Double?, upper: Double?) -> Plot.Limits {
        let limits = Self.fixed(lower: lower, upper: upper, current: xViewLimits)
        xLimits = limits
        return limits
    }

    /// `set_ylim(bottom, top)` / `plt.ylim(bottom, top)`, as `setXLimits`.
    @discardableResult
    public mutating func setYLimits(lower: Double?, upper: Double?) -> Plot.Limits {
        let limits = Self.fixed(lower: lower, upper: upper, current: yViewLimits)
        yLimits = limits
        return limits
    }

    /// The limits `set_xlim` fixes: a missing side from the current view; equal sides widened.
    private static func fixed(lower: Double?, upper: Double?, current: Plot.Limits) -> Plot.Limits {
        let low = lower ?? current.lower
        let high = upper ?? current.upper
        guard low == high else { return Plot.Limits(low, high) }
        let (widenedLow, widenedHigh) = PlotTickLocator.nonsingular(low, high, expander: 0.05)
        return Plot.Limits(widenedLow, widenedHigh)
    }

    /// One of the two axes of a plot.
    public enum Direction: Equatable, Sendable {
        /// Across.
        case x
        /// Up.
        case y
    }

    /// matplotlib's `autoscale_view` for one direction: the data limits of every artist, made non-singular,
    /// widened by the margin on each side, but never past a sticky edge (a contour's grid, a bar's baseline)
    /// that the data reach. Axes whose artists asked for no rescaling show 0…1, as a fresh matplotlib axes.
    public func autoscaled(_ direction: Direction) -> Plot.Limits {
        var extent: (lower: Double, upper: Double)?
        var stickies: [Double] = []
        var requested = false
        for artist in artists {
            let contribution = Self.contribution(of: artist, direction)
            requested = requested || contribution.requestsRescale
            stickies += contribution.stickies
            for value in contribution.values where value.isFinite {
                extent = (min(extent?.lower ?? value, value), max(extent?.upper ?? value, value))
            }
        }
        guard requested else { return Plot.Limits(0, 1) }
        var (low, high) = PlotTickLocator.nonsingular(
            extent?.lower ?? -.infinity, extent?.upper ?? .infinity, expander: 0.05)
        stickies.sort()
        let tolerance = 1e-5 * abs(high - low)
        let lowBound = stickies.last { $0 < low + tolerance }
        let highBound = stickies.first { $0 >= high - tolerance }
        var delta = (high - low) * Self.margin
        if !delta.isFinite { delta = 0 }
        low -= delta
        high += delta
        if let lowBound { low = max(low, lowBound) }
        if let highBound { high = min(high, highBound) }
        return Plot.Limits(low, high)
    }

    /// What an artist adds to the data limits along one direction, the sticky edges it sets, and whether it asks
    /// the axes to rescale.
    private static func contribution(
        of artist: Plot.Artist, _ direction: Direction
    ) -> (values: [Double], stickies: [Double], requestsRescale: Bool) {
        switch artist {
        case .line(let line):
            return (finitePairs(line.xs, line.ys, direction), [], true)
        case .scatter(let scatter):
            return (finitePairs(scatter.xs, scatter.ys, direction), [], true)
        case .contour(let contour):
            let grid = direction == .x ? contour.xs : contour.ys
            let finite = grid.joined().filter(\.isFinite)
            guard let low = finite.min(), let high = finite.max() else { return ([], [], true) }
            return ([low, high], [low, high], true)
        case .bars(let bars):
            var values: [Double] = []
            var stickies: [Double] = []
            // matplotlib reads a bar's corners back through its patch transform: the far side of the bar from
            // `x0` to `x1 = x0 + width` lands at `(x1 - x0) + x0`, which can be an ulp off `x1`.
            for index in 0..<bars.count where bars.widths[index] != 0 || bars.heights[index] != 0 {
                if direction == .x {
                    let left = bars.lefts[index]
                    values += [left, ((left + bars.widths[index]) - left) + left]
                } else {
                    let bottom = bars.bottoms[index]
                    values += [bottom, ((bottom + bars.heights[index]) - bottom) + bottom]
                    stickies.append(bottom)
                }
            }
            return (values, stickies, true)
        case .referenceLine(let line):
            let along = line.orientation == .horizontal ? Direction.y : .x
            guard direction == along else { return ([], [], false) }
            return ([line.position], [], line.rescales)
        case .text:
            return ([], [], false)
        }
    }

    /// The coordinates along `direction` of the points whose two coordinates are both finite.
    private static func finitePairs(_ xs: [Double], _ ys: [Double], _ direction: Direction) -> [Double] {
        zip(xs, ys).compactMap { x, y in
            guard x.isFinite, y.isFinite else { return nil }
            return direction == .x ? x : y
        }
    }
}
