/// Numbers in SVG attributes: at most two decimals, no exponent, no trailing zeros, never `-0`, never `NaN`.
///
/// ```swift
/// PlotNumber.attribute(12.345)   // "12.35"
/// PlotNumber.attribute(40)       // "40"
/// PlotNumber.attribute(-0.001)   // "0"
/// ```
///
/// Two decimals are a hundredth of a pixel: finer than any screen, and short. The rounding works on integers,
/// so the bytes are the same on every machine and every run.
enum PlotNumber {
    /// Coordinates far outside any sensible drawing are clamped, which keeps the integer arithmetic in range.
    static let limit = 1e9

    /// The attribute spelling of `x`; a non-finite `x` (which callers filter out beforehand) becomes `0`.
    static func attribute(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let clamped = min(max(x, -limit), limit)
        let hundredths = Int((clamped * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
