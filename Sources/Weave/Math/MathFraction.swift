/// `\frac{a}{b}` as `<mfrac>`; `\dfrac` and `\tfrac` fix the style, `\binom` has no bar and is fenced by the parser.
struct MathFraction: Equatable {
    var numerator: MathNode
    var denominator: MathNode
    /// `linethickness`, `"0"` for `\binom`; nil keeps the default rule.
    var lineThickness: String? = nil

    func write(into out: inout String) {
        out += lineThickness.map { "<mfrac linethickness=\"\($0)\">" } ?? "<mfrac>"
        numerator.writeElement(into: &out)
        denominator.writeElement(into: &out)
        out += "</mfrac>"
    }
}

extension TeXParser {
    /// Reads the two arguments of `\frac`, `\dfrac`, `\tfrac` (`display` nil, true, false) or `\binom`.
    mutating func parseFraction(command: String) -> MathNode {
        let numerator = parseArgument(of: command)
        let denominator = parseArgument(of: command)
        switch command {
        case "dfrac":
            return .styled(display: true, .fraction(MathFraction(numerator: numerator, denominator: denominator)))
        case "tfrac":
            return .styled(display: false, .fraction(MathFraction(numerator: numerator, denominator: denominator)))
        case "binom":
            let fraction = MathFraction(numerator: numerator, denominator: denominator, lineThickness: "0")
            return .fenced(MathFence(
                open: MathFence.delimiter("(", side: .prefix), body: [.fraction(fraction)],
                close: MathFence.delimiter(")", side: .postfix)))
        default:
            return .fraction(MathFraction(numerator: numerator, denominator: denominator))
        }
    }
}
