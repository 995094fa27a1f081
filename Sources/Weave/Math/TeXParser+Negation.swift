extension TeXParser {
    /// Reads `\not` and the symbol it strikes through: a precomposed character where Unicode has one
    /// (`\not=` is `≠`), otherwise the symbol followed by U+0338 COMBINING LONG SOLIDUS OVERLAY.
    mutating func parseNegation() -> MathNode? {
        skipSpaces()
        guard let token = peek(), token.canStartArgument else {
            warn("missing symbol after \\not")
            return nil
        }
        switch nested({ parser in parser.parseAtom(wholeNumber: false) }) {
        case .some(.some(.operator(var symbol))):
            symbol.text = Self.negated[symbol.text] ?? symbol.text + "\u{338}"
            return .operator(symbol)
        case .some(.some(.identifier(let text, let upright))):
            return .identifier(text + "\u{338}", upright: upright)
        case .some(let atom):
            return atom
        case .none:
            return .error("\\not")
        }
    }

    private static let negated: [String: String] = [
        "=": "\u{2260}", "<": "\u{226E}", ">": "\u{226F}", "\u{2208}": "\u{2209}",
        "\u{2261}": "\u{2262}", "\u{2282}": "\u{2284}", "\u{2283}": "\u{2285}", "\u{2286}": "\u{2288}",
        "\u{2287}": "\u{2289}", "\u{223C}": "\u{2241}", "\u{2264}": "\u{2270}", "\u{2265}": "\u{2271}",
        "\u{2248}": "\u{2249}", "\u{2203}": "\u{2204}", "\u{2243}": "\u{2244}", "\u{2245}": "\u{2247}",
    ]
}
