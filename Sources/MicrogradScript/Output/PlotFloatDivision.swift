import Foundation

/// Python's and numpy's `divmod` of floats, which matplotlib's tick and level code is written in: the quotient
/// snapped to an integral value and the remainder with the divisor's sign. Plain `floor(a / b)` differs from it
/// near multiples of `b`, which is exactly where ticks fall.
public enum PlotFloatDivision {
    /// `divmod(a, b)` as CPython's `_float_div_mod` and numpy's `npy_divmod` compute it, for `b != 0`.
    public static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
        guard b != 0 else { return (a / b, .nan) }
        var remainder = fmod(a, b)
        var quotient = (a - remainder) / b
        if remainder != 0 {
            if (b < 0) != (remainder < 0) {
                remainder += b
                quotient -= 1
            }
        } else {
            remainder = copysign(0, b)
        }
        var floored: Double
        if quotient != 0 {
            floored = quotient.rounded(.down)
            if quotient - floored > 0.5 { floored += 1 }
        } else {
            floored = copysign(0, a / b)
        }
        return (floored, remainder)
    }

    /// `a // b`.
    public static func floorDivide(_ a: Double, _ b: Double) -> Double {
        divmod(a, b).quotient
    }
}
