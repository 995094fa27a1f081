import Foundation

/// numpy's `npy_divmod` for floats: Python's sign conventions, and `a / b` (an infinity or NaN, no exception) for
/// a zero divisor.
enum FloatDivision {
    /// `np.floor_divide` (`a // b`).
    static func floorDivide(_ a: Double, _ b: Double) -> Double {
        if b == 0 { return a / b }
        return divmod(a, b).quotient
    }

    /// `np.remainder` (`a % b`): the sign of the divisor; NaN for a zero divisor.
    static func remainder(_ a: Double, _ b: Double) -> Double {
        if b == 0 { return Foundation.fmod(a, b) }
        return divmod(a, b).remainder
    }

    /// The quotient snapped to an integral value and the remainder adjusted to the divisor's sign, step for step as
    /// numpy computes them (so the last bits agree).
    static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
        var mod = Foundation.fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = Foundation.copysign(0, b)
        }
        var quotient: Double
        if div != 0 {
            quotient = Foundation.floor(div)
            if div - quotient > 0.5 { quotient += 1 }
        } else {
            quotient = Foundation.copysign(0, a / b)
        }
        return (quotient, mod)
    }
}

/// numpy's integer `//`, `%` and `**`: a zero divisor gives 0 (numpy also warns), `Int64.min // -1` wraps, and
/// powers wrap around.
enum IntegerDivision {
    /// `a // b`, rounding toward negative infinity.
    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        if b == 0 { return 0 }
        if b == -1 { return 0 &- a }
        let quotient = a / b
        return (a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    /// `a % b` with the divisor's sign.
    static func remainder(_ a: Int64, _ b: Int64) -> Int64 {
        if b == 0 || b == -1 { return 0 }
        let rest = a % b
        return rest != 0 && ((rest < 0) != (b < 0)) ? rest + b : rest
    }

    /// `a ** b` for `b >= 0`, by squaring, wrapping on overflow.
    static func power(_ a: Int64, _ b: Int64) -> Int64 {
        var result: Int64 = 1
        var base = a
        var exponent = b
        while exponent > 0 {
            if exponent & 1 == 1 { result = result &* base }
            base = base &* base
            exponent >>= 1
        }
        return result
    }
}
