/// The decimal digits of a finite double, as numpy's Dragon4 produces them: the shortest digits that read back as
/// the same double, or, when those are longer than the requested precision, the exact value rounded half to even
/// at the cutoff digit.
///
/// `digits` has no leading or trailing zeros (zero is `[0]`), and the value is `0.d1d2d3… × 10^pointPosition`
/// (so `pointPosition` digits stand before the decimal point).
struct DecimalDigits: Equatable {
    var digits: [UInt8]
    var pointPosition: Int

    /// The digits of `|x|` printed positionally with at most `fractionDigits` digits after the point
    /// (`np.format_float_positional(x, precision, unique=True)`).
    static func positional(_ x: Double, fractionDigits: Int) -> DecimalDigits {
        let shortest = self.shortest(x)
        if shortest.digits.count - shortest.pointPosition <= fractionDigits { return shortest }
        let exact = self.exact(x)
        return exact.rounded(keeping: exact.pointPosition + fractionDigits)
    }

    /// The digits of `|x|` printed in scientific notation with at most `fractionDigits` digits after the first
    /// (`np.format_float_scientific(x, precision, unique=True, min_digits)`). Where the shortest digits are fewer
    /// than `minimumFractionDigits`, Dragon4 keeps generating the exact value's digits (which are zeros for most
    /// values, but not for subnormals: `4.9406565e-324`).
    static func scientific(_ x: Double, fractionDigits: Int, minimumFractionDigits: Int = 0) -> DecimalDigits {
        let shortest = self.shortest(x)
        if shortest.digits.count > fractionDigits + 1 { return exact(x).rounded(keeping: fractionDigits + 1) }
        if shortest.digits.count < minimumFractionDigits + 1, !shortest.isZero {
            return exact(x).rounded(keeping: minimumFractionDigits + 1)
        }
        return shortest
    }

    /// The shortest digits that round-trip (Swift's `description` finds them, as Python's `repr` and Dragon4's
    /// unique mode do).
    static func shortest(_ x: Double) -> DecimalDigits {
        var digits: [UInt8] = []
        var integerCount: Int?
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for byte in Swift.abs(x).description.utf8 {
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-") where inExponent: exponentSign = -1
            case UInt8(ascii: "."): integerCount = digits.count
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                } else {
                    digits.append(byte - UInt8(ascii: "0"))
                }
            default: break
            }
        }
        return normalized(digits, pointPosition: (integerCount ?? digits.count) + exponentSign * exponent)
    }

    /// Every digit of `|x|`: a double is `m × 2^e`, so it is `m × 2^e` (an integer) or `m × 5^-e / 10^-e`.
    static func exact(_ x: Double) -> DecimalDigits {
        let magnitude = Swift.abs(x)
        guard magnitude != 0 else { return DecimalDigits(digits: [0], pointPosition: 1) }
        let significand = magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0)
        let exponent = (magnitude.isNormal ? Int(magnitude.exponentBitPattern) : 1) - 1075
        var number = DecimalBigInteger(significand)
        if exponent >= 0 {
            number.multiply(byPowerOf: 2, exponent)
            let digits = number.decimalDigits
            return normalized(digits, pointPosition: digits.count)
        }
        number.multiply(byPowerOf: 5, -exponent)
        let digits = number.decimalDigits
        return normalized(digits, pointPosition: digits.count + exponent)
    }

    /// The value rounded to its first `count` digits (counted from the first significant digit; `count` may be zero
    /// or negative when the cutoff lies before it), half to even, as Dragon4 rounds at a cutoff.
    func rounded(keeping count: Int) -> DecimalDigits {
        if count >= digits.count { return self }
        if count < 0 { return DecimalDigits(digits: [0], pointPosition: 1) }
        let first = digits[count]
        let restNonzero = digits[(count + 1)...].contains { $0 != 0 }
        let previousOdd = count > 0 && digits[count - 1] % 2 == 1
        let roundUp = first > 5 || (first == 5 && (restNonzero || previousOdd))
        var kept = Array(digits[..<count])
        var point = pointPosition
        if roundUp {
            var i = kept.count - 1
            while i >= 0, kept[i] == 9 {
                kept[i] = 0
                i -= 1
            }
            if i >= 0 {
                kept[i] += 1
            } else {
                kept.insert(1, at: 0)
                point += 1
            }
        }
        if kept.isEmpty { return DecimalDigits(digits: [0], pointPosition: 1) }
        return Self.normalized(kept, pointPosition: point)
    }

    /// Digits without leading or trailing zeros (zero becomes `[0]` before the point).
    private static func normalized(_ digits: [UInt8], pointPosition: Int) -> DecimalDigits {
        var start = 0
        var point = pointPosition
        while start < digits.count, digits[start] == 0 {
            start += 1
            point -= 1
        }
        var end = digits.count
        while end > start, digits[end - 1] == 0 { end -= 1 }
        if start == end { return DecimalDigits(digits: [0], pointPosition: 1) }
        return DecimalDigits(digits: Array(digits[start..<end]), pointPosition: point)
    }

    /// Whether the value is zero.
    var isZero: Bool { digits == [0] }
}

/// A nonnegative integer in base 10^9, just enough arithmetic to expand a double exactly.
struct DecimalBigInteger {
    private static let base: UInt64 = 1_000_000_000
    /// Little-endian limbs, each below 10^9.
    private var limbs: [UInt64]

    /// The integer `value`.
    init(_ value: UInt64) {
        limbs = value == 0 ? [0] : []
        var rest = value
        while rest > 0 {
            limbs.append(rest % Self.base)
            rest /= Self.base
        }
    }

    /// `self *= factor^power`, in steps small enough for 64-bit limb products.
    mutating func multiply(byPowerOf factor: UInt64, _ power: Int) {
        let step = factor == 2 ? 29 : 12
        let stepFactor = (0..<step).reduce(UInt64(1)) { product, _ in product * factor }
        var remaining = power
        while remaining > 0 {
            let k = Swift.min(step, remaining)
            multiply(by: k == step ? stepFactor : (0..<k).reduce(UInt64(1)) { product, _ in product * factor })
            remaining -= k
        }
    }

    private mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = limbs[i] * factor + carry
            limbs[i] = product % Self.base
            carry = product / Self.base
        }
        while carry > 0 {
            limbs.append(carry % Self.base)
            carry /= Self.base
        }
    }

    /// The decimal digits, most significant first.
    var decimalDigits: [UInt8] {
        var digits: [UInt8] = []
        for (position, limb) in limbs.enumerated().reversed() {
            var chunk = [UInt8](repeating: 0, count: 9)
            var rest = limb
            for i in (0..<9).reversed() {
                chunk[i] = UInt8(rest % 10)
                rest /= 10
            }
            if position == limbs.count - 1 {
                digits += chunk.drop { $0 == 0 }
            } else {
                digits += chunk
            }
        }
        return digits.isEmpty ? [0] : digits
    }
}
