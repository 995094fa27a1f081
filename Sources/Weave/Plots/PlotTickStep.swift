import Foundation

/// A "nice" distance between ticks: 1, 2 or 5 times a power of ten.
struct PlotTickStep: Equatable {
    /// 1, 2 or 5.
    let mantissa: Int
    /// The power of ten.
    let exponent: Int

    /// The nice step nearest `raw` (the span divided by the wanted number of intervals), in ratio: 1, 2, 5 and 10
    /// take over from each other at √2, √10 and √50, as in d3. 1 if `raw` is not positive and finite.
    init(near raw: Double) {
        guard raw.isFinite, raw > 0 else {
            self.mantissa = 1
            self.exponent = 0
            return
        }
        var exponent = Int((log10(raw)).rounded(.down))
        let scaled = raw / Self.powerOfTen(exponent)
        let mantissa: Int
        switch scaled {
        case 50.0.squareRoot()...:
            mantissa = 1
            exponent += 1
        case 10.0.squareRoot()...: mantissa = 5
        case 2.0.squareRoot()...: mantissa = 2
        default: mantissa = 1
        }
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The step in data units.
    var value: Double { Self.scaled(Double(mantissa), exponent) }

    /// The `index`-th multiple of the step, computed so that `3 × 0.1` gives the double nearest 0.3.
    func tick(_ index: Int) -> Double { Self.scaled(Double(index * mantissa), exponent) }

    /// `x × 10^exponent`, dividing by an exact power of ten for negative exponents (10^22 and below are exact).
    static func scaled(_ x: Double, _ exponent: Int) -> Double {
        exponent >= 0 ? x * powerOfTen(exponent) : x / powerOfTen(-exponent)
    }

    /// 10^n for n of either sign.
    static func powerOfTen(_ n: Int) -> Double {
        pow(10, Double(n))
    }
}
