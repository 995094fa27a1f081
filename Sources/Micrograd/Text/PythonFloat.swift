/// Python's spelling of floating-point numbers, so that Gradbook prints what CPython prints.
///
/// ```swift
/// PythonFloat.repr(0.1)     // "0.1"
/// PythonFloat.repr(-8)      // "-8.0"
/// PythonFloat.repr(1e-7)    // "1e-07"
/// PythonFloat.repr(1e16)    // "1e+16"
/// ```
///
/// Swift and CPython both print the shortest digit string that round-trips; they differ only in layout.
/// CPython (`float_repr_style = 'short'`) switches to exponent notation when the decimal exponent is below
/// -4 or at least 16, always signs the exponent and gives it at least two digits, and adds `.0` to integral
/// values in positional notation.
public enum PythonFloat {
    /// `repr(x)` as CPython prints it.
    public static func repr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let (negative, digits, exponent) = shortestDigits(x)
        let sign = negative ? "-" : ""
        if exponent < -4 || exponent >= 16 {
            var mantissa = String(digits.first ?? "0")
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let exponentDigits = String(abs(exponent))
            let padded = exponentDigits.count < 2 ? "0" + exponentDigits : exponentDigits
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + padded
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        let integerCount = exponent + 1
        if digits.count <= integerCount {
            return sign + digits + String(repeating: "0", count: integerCount - digits.count) + ".0"
        }
        let split = digits.index(digits.startIndex, offsetBy: integerCount)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// The shortest round-tripping decimal digits of a finite `x` (no leading or trailing zeros, "0" for zero)
    /// and the decimal exponent of the first digit: `x = ±d.ddd × 10^exponent`. Read from Swift's shortest spelling
    /// byte by byte (a training loop prints a loss every step).
    static func shortestDigits(_ x: Double) -> (negative: Bool, digits: String, exponent: Int) {
        let negative = x.sign == .minus
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var integerCount: Int?
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for byte in abs(x).description.utf8 {
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-") where inExponent: exponentSign = -1
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): integerCount = digits.count
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                } else {
                    digits.append(byte)
                }
            default: break
            }
        }
        var pointPosition = (integerCount ?? digits.count) + exponentSign * exponent
        var first = 0
        while first < digits.count - 1, digits[first] == UInt8(ascii: "0") {
            first += 1
            pointPosition -= 1
        }
        var end = digits.count
        while end - first > 1, digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if end - first == 1, digits[first] == UInt8(ascii: "0") { return (negative, "0", 0) }
        return (negative, String(decoding: digits[first..<end], as: UTF8.self), pointPosition - 1)
    }
}
