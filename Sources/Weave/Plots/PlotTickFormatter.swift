import Foundation
import MicrogradScript

/// matplotlib's `ScalarFormatter` with its default settings: every tick label with the same number of decimals
/// (`0.00`, `0.25`, …), a Unicode minus sign, and, when the values are huge, tiny or far from zero compared with
/// their spread, a common factor or offset written once at the end of the axis (`1e6`, `+1e3`).
///
/// ```swift
/// let formatter = PlotTickFormatter(locations: [-0.25, 0, 0.25, 0.5], viewLower: -0.1, viewUpper: 0.4)
/// formatter.label(-0.25)   // "−0.25"
/// ```
struct PlotTickFormatter {
    /// The offset subtracted from every value (`axes.formatter.useoffset`), or 0.
    let offset: Double
    /// The power of ten every value is divided by (`axes.formatter.limits` is −5…6), or 0.
    let orderOfMagnitude: Int
    /// The number of decimals of every label.
    let decimals: Int

    /// matplotlib's `axes.formatter.offset_threshold`.
    static let offsetThreshold = 4
    /// matplotlib's `axes.formatter.limits`.
    static let powerLimits = (-5, 6)

    /// The formatter matplotlib sets up for `locations` (all the locator's values, including those beyond the
    /// view) on an axis showing `viewLower…viewUpper`.
    init(locations: [Double], viewLower: Double, viewUpper: Double) {
        let low = min(viewLower, viewUpper)
        let high = max(viewLower, viewUpper)
        let visible = locations.filter { $0 >= low && $0 <= high }
        let offset = Self.offset(visible)
        let order = Self.orderOfMagnitude(visible, offset: offset, low: low, high: high)
        self.offset = offset
        orderOfMagnitude = order
        decimals = Self.decimals(locations, offset: offset, order: order, low: low, high: high)
    }

    /// The label of the tick at `value`.
    func label(_ value: Double) -> String {
        var scaled = (value - offset) / pow(10, Double(orderOfMagnitude))
        if abs(scaled) < 1e-8 { scaled = 0 }
        return Self.minus(String(format: "%.\(decimals)f", scaled))
    }

    /// The text matplotlib writes at the end of the axis: `1e6`, `+1e3`, `1e−5+1`, or "".
    var offsetText: String {
        guard orderOfMagnitude != 0 || offset != 0 else { return "" }
        var text = ""
        if orderOfMagnitude != 0 { text += "1e\(orderOfMagnitude)" }
        if offset != 0 { text += (offset > 0 ? "+" : "") + Self.scientific(offset) }
        return Self.minus(text)
    }

    /// matplotlib's `_compute_offset`.
    private static func offset(_ visible: [Double]) -> Double {
        guard let lowest = visible.min(), let highest = visible.max() else { return 0 }
        if lowest == highest || (lowest <= 0 && 0 <= highest) { return 0 }
        let magnitudes = [abs(lowest), abs(highest)].sorted()
        let (absMin, absMax) = (magnitudes[0], magnitudes[1])
        let sign = copysign(1.0, lowest)
        let topOrder = ceil(log10(absMax))
        func divided(_ x: Double, _ order: Double) -> Double {
            PlotFloatDivision.floorDivide(x, pow(10, order))
        }
        var order = topOrder
        var steps = 0
        while divided(absMin, order) == divided(absMax, order), steps < 700 {
            order -= 1
            steps += 1
        }
        order += 1
        if (absMax - absMin) / pow(10, order) <= 1e-2 {
            order = topOrder
            steps = 0
            while !(divided(absMax, order) - divided(absMin, order) > 1), steps < 700 {
                order -= 1
                steps += 1
            }
            order += 1
        }
        let leading = divided(absMax, order)
        return leading >= pow(10, Double(offsetThreshold - 1)) ? sign * leading * pow(10, order) : 0
    }

    /// matplotlib's `_set_order_of_magnitude`.
    private static func orderOfMagnitude(_ visible: [Double], offset: Double, low: Double, high: Double) -> Int {
        guard let largest = visible.map(abs).max() else { return 0 }
        let order: Int
        if offset != 0 {
            order = wholeNumber(floor(log10(high - low)))
        } else {
            order = largest == 0 ? 0 : wholeNumber(floor(log10(largest)))
        }
        return order <= powerLimits.0 || order >= powerLimits.1 ? order : 0
    }

    /// matplotlib's `_set_format`: the fewest decimals that tell the ticks apart to a thousandth of their range.
    private static func decimals(_ locations: [Double], offset: Double, order: Int, low: Double, high: Double) -> Int {
        let values = locations.count < 2 ? locations + [low, high] : locations
        let scale = pow(10, Double(order))
        var scaled = values.map { ($0 - offset) / scale }
        var range = (scaled.max() ?? 0) - (scaled.min() ?? 0)
        if range == 0 { range = scaled.map(abs).max() ?? 0 }
        if range == 0 { range = 1 }
        if locations.count < 2 { scaled = Array(scaled.dropLast(2)) }
        // A span beyond doubles (ticks of ±1e308) has no sensible decimals; matplotlib would overflow too.
        guard range.isFinite else { return 0 }
        let rangeOrder = wholeNumber(floor(log10(range)))
        var significant = max(0, 3 - rangeOrder)
        let threshold = 1e-3 * (rangeOrder >= 0 ? Double(integerPower(rangeOrder)) : pow(10, Double(rangeOrder)))
        while significant >= 0 {
            let worst = scaled.map { abs($0 - numpyRound($0, decimals: significant)) }.max() ?? 0
            if worst < threshold { significant -= 1 } else { break }
        }
        return significant + 1
    }

    /// `x` as an Int, or 0 when it is not finite: a guard on data no axis can show, never a trap.
    private static func wholeNumber(_ x: Double) -> Int {
        x.isFinite ? Int(min(max(x, -10_000), 10_000)) : 0
    }

    /// `np.round(x, decimals)`: `rint(x × 10^d) / 10^d`.
    static func numpyRound(_ x: Double, decimals: Int) -> Double {
        let factor = powerOfTen(decimals)
        return (x * factor).rounded(.toNearestOrEven) / factor
    }

    /// numpy's `power_of_ten`: exact up to 10⁸, then repeated multiplication.
    private static func powerOfTen(_ n: Int) -> Double {
        let table: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
        if n < 9 { return table[max(n, 0)] }
        var value = 1e9
        var remaining = n
        while remaining > 9 {
            value *= 10
            remaining -= 1
        }
        return value
    }

    /// 10ⁿ as an integer, n from 0 to 18.
    private static func integerPower(_ n: Int) -> Int {
        var value = 1
        for _ in 0..<min(n, 18) { value *= 10 }
        return value
    }

    /// matplotlib's `format_data`: `1e3`, `1.5e−4`, `2`.
    private static func scientific(_ value: Double) -> String {
        let exponent = wholeNumber(floor(log10(abs(value))))
        let power = exponent >= 0 ? Double(integerPower(exponent)) : pow(10, Double(exponent))
        let significand = Double(String(format: "%.10f", value / power)) ?? 0
        let digits = significand.truncatingRemainder(dividingBy: 1) == 0 && abs(significand) < 1e15
            ? String(Int(significand))
            : String(format: "%1.10g", significand)
        return exponent == 0 ? digits : digits + "e\(exponent)"
    }

    /// matplotlib writes negative numbers with a real minus sign (`axes.unicode_minus`).
    static func minus(_ text: String) -> String {
        text.replacingOccurrences(of: "-", with: "\u{2212}")
    }
}
