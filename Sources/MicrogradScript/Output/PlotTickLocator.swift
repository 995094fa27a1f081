import Foundation

/// matplotlib's `MaxNLocator`: at most `bins + 1` evenly spaced "nice" values covering an interval, the step a
/// multiple of a power of ten by one of `steps`. Axes use it for their ticks (`AutoLocator`), contours for their
/// default levels. The arithmetic follows matplotlib's operation for operation, so the values are the same doubles.
///
/// ```swift
/// PlotTickLocator.axis(bins: 9).values(from: -0.1, to: 2.1)
/// // [-0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25]
/// ```
public struct PlotTickLocator: Equatable, Sendable {
    /// The most intervals wanted.
    public var bins: Int
    /// The acceptable step multiples, increasing from 1 to 10.
    public var steps: [Double]
    /// The fewest values that must fall inside the interval.
    public var minimumCount: Int

    /// `MaxNLocator`'s default steps, which contour levels use.
    public static let defaultSteps: [Double] = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
    /// `AutoLocator`'s steps, which axis ticks use.
    public static let axisSteps: [Double] = [1, 2, 2.5, 5, 10]

    /// A locator; `bins` below 1 counts as 1.
    public init(bins: Int, steps: [Double] = PlotTickLocator.defaultSteps, minimumCount: Int = 2) {
        self.bins = max(bins, 1)
        self.steps = steps
        self.minimumCount = max(minimumCount, 1)
    }

    /// The locator of an axis whose tick space (see `PlotTickSpace`) allows `bins` intervals: `AutoLocator`.
    public static func axis(bins: Int) -> PlotTickLocator {
        PlotTickLocator(bins: min(max(bins, 1), 9), steps: axisSteps, minimumCount: 2)
    }

    /// `tick_values(vmin, vmax)`: the values, increasing, including one beyond each end of the interval when
    /// the interval does not end on a value.
    public func values(from lower: Double, to upper: Double) -> [Double] {
        let (low, high) = Self.nonsingular(lower, upper, expander: 1e-13, tiny: 1e-14)
        return rawTicks(low, high)
    }

    /// matplotlib's `_raw_ticks`: the largest nice step that still leaves `minimumCount` values inside.
    private func rawTicks(_ vmin: Double, _ vmax: Double) -> [Double] {
        let (scale, offset) = Self.scaleRange(vmin, vmax, bins: bins)
        let low = vmin - offset
        let high = vmax - offset
        let staircase = steps.dropLast().map { 0.1 * $0 } + steps + [10 * (steps.count > 1 ? steps[1] : 10)]
        let scaled = staircase.map { $0 * scale }
        let rawStep = (high - low) / Double(bins)
        let firstLarge = scaled.firstIndex { $0 >= rawStep } ?? scaled.count - 1
        var ticks: [Double] = []
        for step in scaled[...firstLarge].reversed() {
            let bestLow = PlotFloatDivision.floorDivide(low, step) * step
            let edge = Edge(step: step, offset: offset)
            let first = edge.lessOrEqual(low - bestLow)
            let last = edge.greaterOrEqual(high - bestLow)
            ticks = []
            var multiple = first
            while multiple <= last, ticks.count < 10_000 {
                ticks.append(multiple * step + bestLow)
                multiple += 1
            }
            let inside = ticks.filter { $0 <= high && $0 >= low }.count
            if inside >= minimumCount { break }
        }
        return ticks.map { $0 + offset }
    }

    /// matplotlib's `scale_range`: the power of ten near the span per bin, and an offset when the values are far
    /// from zero compared with their span.
    static func scaleRange(_ vmin: Double, _ vmax: Double, bins: Int) -> (scale: Double, offset: Double) {
        let span = abs(vmax - vmin)
        let mean = (vmax + vmin) / 2
        var offset = 0.0
        if !(abs(mean) / span < 100) {
            offset = copysign(pow(10, PlotFloatDivision.floorDivide(log10(abs(mean)), 1)), mean)
        }
        let scale = pow(10, PlotFloatDivision.floorDivide(log10(span / Double(bins)), 1))
        return (scale, offset)
    }

    /// matplotlib's `transforms.nonsingular`: an interval widened when it is too small to divide, and put in order.
    public static func nonsingular(
        _ vmin: Double, _ vmax: Double, expander: Double = 0.001, tiny: Double = 1e-15
    ) -> (Double, Double) {
        guard vmin.isFinite, vmax.isFinite else { return (-expander, expander) }
        var low = min(vmin, vmax)
        var high = max(vmin, vmax)
        let largest = max(abs(low), abs(high))
        if largest < (1e6 / tiny) * Double.leastNormalMagnitude {
            return (-expander, expander)
        }
        if high - low <= largest * tiny {
            if high == 0 && low == 0 { return (-expander, expander) }
            low -= expander * abs(low)
            high += expander * abs(high)
        }
        return (low, high)
    }

    /// matplotlib's `_Edge_integer`: the multiples of a step at the ends of an interval, forgiving rounding.
    private struct Edge {
        let step: Double
        let offset: Double

        /// The edges of multiples of `step` for values offset by `offset`.
        init(step: Double, offset: Double) {
            self.step = step
            self.offset = abs(offset)
        }

        /// Whether a remainder fraction is within rounding of `edge` (more slack when the offset is large).
        func isClose(_ ms: Double, _ edge: Double) -> Bool {
            var tolerance = 1e-10
            if offset > 0 {
                let digits = log10(offset / step)
                tolerance = min(0.4999, max(1e-10, pow(10, digits - 12)))
            }
            return abs(ms - edge) < tolerance
        }

        /// The largest n with n × step ≤ x.
        func lessOrEqual(_ x: Double) -> Double {
            let (quotient, remainder) = PlotFloatDivision.divmod(x, step)
            return isClose(remainder / step, 1) ? quotient + 1 : quotient
        }

        /// The smallest n with n × step ≥ x.
        func greaterOrEqual(_ x: Double) -> Double {
            let (quotient, remainder) = PlotFloatDivision.divmod(x, step)
            return isClose(remainder / step, 0) ? quotient : quotient + 1
        }
    }
}
