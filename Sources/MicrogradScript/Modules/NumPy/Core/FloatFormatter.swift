/// numpy's `FloatingFormat` with the default print options (`precision=8`, `floatmode='maxprec'`,
/// `suppress=False`, `sign='-'`): it looks at all the values once to choose positional or scientific notation and the
/// widths, so that every element of the array prints in columns of the same width.
///
/// Scientific notation is chosen when the largest magnitude is at least 1e8, or the smallest nonzero one is below
/// 1e-4, or their ratio exceeds 1000. Positional values keep their shortest digits up to 8 decimals, drop trailing
/// zeros (`1.`), and pad on the right with spaces (`-5.  `, `-4.75`); scientific values share one mantissa length,
/// padded with zeros (`1.0e-05`, `1.5e+00`).
struct FloatFormatter {
    static let precision = 8

    private let scientific: Bool
    private let padLeft: Int
    private let padRight: Int
    private let fractionDigits: Int
    private let exponentDigits: Int

    /// A formatter fitted to `values` (the elements that will be printed).
    init(_ values: [Double]) {
        let finite = values.filter(\.isFinite)
        let magnitudes = finite.filter { $0 != 0 }.map(Swift.abs)
        var scientific = false
        if let largest = magnitudes.max(), let smallest = magnitudes.min() {
            scientific = largest >= 1e8 || smallest < 0.0001 || largest / smallest > 1000
        }
        var padLeft = 0
        var padRight = 0
        var fractionDigits = Self.precision
        var exponentDigits = 2
        if !finite.isEmpty {
            if scientific {
                let parts = finite.map { Self.scientificParts($0, fractionDigits: Self.precision, padTo: 0) }
                fractionDigits = parts.map(\.fraction.count).max() ?? 0
                exponentDigits = parts.map { Self.exponentText($0.exponent, digits: 2).count - 1 }.max() ?? 2
                padLeft = parts.map(\.integer.count).max() ?? 0
                padRight = exponentDigits + 2 + fractionDigits
            } else {
                let parts = finite.map { Self.positionalParts($0) }
                padLeft = parts.map(\.integer.count).max() ?? 0
                padRight = parts.map(\.fraction.count).max() ?? 0
            }
        }
        if finite.count != values.count {
            let negativeInfinity = values.contains { $0 == -.infinity }
            let offset = padRight + 1
            padLeft = Swift.max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
        }
        self.scientific = scientific
        self.padLeft = padLeft
        self.padRight = padRight
        self.fractionDigits = fractionDigits
        self.exponentDigits = exponentDigits
    }

    /// `x` formatted to the common width.
    func format(_ x: Double) -> String {
        if !x.isFinite {
            let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            return String(repeating: " ", count: Swift.max(0, padLeft + padRight + 1 - text.count)) + text
        }
        if scientific {
            let parts = Self.scientificParts(x, fractionDigits: fractionDigits, padTo: fractionDigits)
            let body = parts.integer + "." + parts.fraction + "e" + Self.exponentText(parts.exponent, digits: exponentDigits)
            return String(repeating: " ", count: Swift.max(0, padLeft - parts.integer.count)) + body
        }
        let parts = Self.positionalParts(x)
        return String(repeating: " ", count: Swift.max(0, padLeft - parts.integer.count)) + parts.integer + "."
            + parts.fraction + String(repeating: " ", count: Swift.max(0, padRight - parts.fraction.count))
    }

    /// `dragon4_positional(x, precision=8, unique=True, trim='.')` split at the point: sign and integer digits, and
    /// the fraction digits.
    private static func positionalParts(_ x: Double) -> (integer: String, fraction: String) {
        let decimal = DecimalDigits.positional(x, fractionDigits: precision)
        let sign = x.sign == .minus ? "-" : ""
        let digits = decimal.digits.map { Character(String($0)) }
        let point = decimal.pointPosition
        let integer: String
        let fraction: String
        if decimal.isZero {
            integer = "0"
            fraction = ""
        } else if point <= 0 {
            integer = "0"
            fraction = String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            integer = String(digits) + String(repeating: "0", count: point - digits.count)
            fraction = ""
        } else {
            integer = String(digits[..<point])
            fraction = String(digits[point...])
        }
        return (sign + integer, fraction)
    }

    /// `dragon4_scientific(x, precision, unique=True, min_digits=padTo)` split into sign and first digit, the
    /// fraction digits (zero-padded to `padTo`), and the decimal exponent.
    private static func scientificParts(_ x: Double, fractionDigits: Int, padTo: Int)
        -> (integer: String, fraction: String, exponent: Int)
    {
        let decimal = DecimalDigits.scientific(x, fractionDigits: fractionDigits, minimumFractionDigits: padTo)
        let sign = x.sign == .minus ? "-" : ""
        let digits = decimal.digits.map { Character(String($0)) }
        var fraction = String(digits.dropFirst())
        if fraction.count < padTo { fraction += String(repeating: "0", count: padTo - fraction.count) }
        let exponent = decimal.isZero ? 0 : decimal.pointPosition - 1
        return (sign + String(digits.first ?? "0"), fraction, exponent)
    }

    /// The signed exponent with at least `digits` digits (`-05`, `+100`).
    private static func exponentText(_ exponent: Int, digits: Int) -> String {
        let magnitude = String(Swift.abs(exponent))
        let padded = String(repeating: "0", count: Swift.max(0, digits - magnitude.count)) + magnitude
        return (exponent < 0 ? "-" : "+") + padded
    }
}
