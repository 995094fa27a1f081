/// `\sqrt{x}` as `<msqrt>` and `\sqrt[n]{x}` as `<mroot>`.
struct MathRadical: Equatable {
    var radicand: MathNode
    var index: MathNode?

    func write(into out: inout String) {
        if let index {
            out += "<mroot>"
            radicand.writeElement(into: &out)
            index.writeElement(into: &out)
            out += "</mroot>"
        } else {
            out += "<msqrt>"
            radicand.writeInRow(into: &out)
            out += "</msqrt>"
        }
    }
}

extension TeXParser {
    /// Reads `\sqrt`'s optional `[index]` and its radicand.
    mutating func parseRadical() -> MathNode {
        var index: MathNode? = nil
        skipSpaces()
        if peek() == .character("[") {
            advance()
            index = nested { parser in .row(parser.parseRow(until: .closingBracket)) } ?? .row([])
            if peek() == .character("]") {
                advance()
            } else {
                warn("missing ] after \\sqrt[")
            }
        }
        return .radical(MathRadical(radicand: parseArgument(of: "sqrt"), index: index))
    }
}
