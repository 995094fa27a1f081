/// Tick labels, spelled compactly and exactly: `-5`, `0.25`, `1e-05`, `2e+06`.
///
/// A tick is an integer multiple of a 1-2-5 step, so its value is exactly `multiple × 10^exponent` in decimal.
/// Spelling it from those integers avoids the binary noise of `0.1 + 0.2`. Like `%g`, the label switches to an
/// exponent when the first digit's place is below 10⁻⁴ or at least 10⁶; the exponent is signed and has at least
/// two digits, as Python prints it.
enum PlotTickLabel {
    /// The label of the value `multiple × 10^exponent`.
    static func format(multiple: Int, exponent: Int) -> String {
        if multiple == 0 { return "0" }
        var digits = String(multiple.magnitude)
        var exponent = exponent
        while digits.count > 1, digits.last == "0" {
            digits.removeLast()
            exponent += 1
        }
        let sign = multiple < 0 ? "-" : ""
        let leadingPlace = digits.count - 1 + exponent
        if leadingPlace < -4 || leadingPlace >= 6 {
            var mantissa = String(digits.prefix(1))
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let power = String(leadingPlace.magnitude)
            let paddedPower = power.count < 2 ? "0" + power : power
            return sign + mantissa + "e" + (leadingPlace < 0 ? "-" : "+") + paddedPower
        }
        if exponent >= 0 {
            return sign + digits + String(repeating: "0", count: exponent)
        }
        let fractionDigits = -exponent
        if digits.count > fractionDigits {
            let split = digits.index(digits.endIndex, offsetBy: -fractionDigits)
            return sign + digits[..<split] + "." + digits[split...]
        }
        return sign + "0." + String(repeating: "0", count: fractionDigits - digits.count) + digits
    }
}
