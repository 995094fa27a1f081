extension TeXParser {
    /// Reads what follows a control sequence whose backslash and name have been read.
    mutating func parseCommand(_ name: String) -> MathNode? {
        if let letter = TeXGreekLetters.byName[name] { return .identifier(letter.text, upright: letter.upright) }
        if let symbol = TeXSymbols.identifiers[name] { return .identifier(symbol.text, upright: symbol.upright) }
        if let symbol = TeXSymbols.operators[name] { return .operator(symbol) }
        if let width = TeXSymbols.spaces[name] { return .space(width: width) }
        if TeXSymbols.functionNames.contains(name) { return .function(.identifier(name, upright: false)) }
        if TeXSymbols.namedOperators.contains(name) {
            return .operator(.named(TeXSymbols.namedOperatorText[name] ?? name))
        }
        if let size = TeXSymbols.delimiterSizes[name] { return parseSizedDelimiter(command: name, size: size) }
        if let mark = MathAccent.marks[name] { return parseAccent(command: name, text: mark.text, stretchy: mark.stretchy) }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac", "binom":
            return parseFraction(command: name)
        case "sqrt":
            return parseRadical()
        case "left":
            return parseFence()
        case "middle":
            return parseLoneDelimiter(after: name)
        case "text", "textnormal", "mbox", "textrm", "textbf", "textit", "textsf", "texttt":
            return parseText(command: name, alphabet: MathAlphabet(command: name))
        case "operatorname":
            return parseOperatorName()
        case "overset", "stackrel", "underset":
            let mark = parseArgument(of: name)
            let base = parseArgument(of: name)
            let over = name != "underset"
            return .scripts(MathScripts(base: base, lower: over ? nil : mark, upper: over ? mark : nil, placement: .underOver))
        case "not":
            return parseNegation()
        case "begin":
            return parseEnvironment()
        case "nonumber", "notag", "hline", "displaystyle", "textstyle", "limits", "nolimits":
            return nil
        case "label", "tag":
            _ = parseArgument(of: name)
            return nil
        case "":
            warn("lone \\ at the end of the math")
            return .error("\\")
        default:
            if let alphabet = MathAlphabet(command: name) { return parseInAlphabet(alphabet, command: name) }
            warn("unsupported TeX command \\\(name)")
            return .error("\\" + name)
        }
    }

    /// Reads `\mathbf{…}` and its kin: the argument with letters and digits in that alphabet, and runs of
    /// letters joined into one identifier (`\mathrm{ReLU}` is one word, not four variables).
    private mutating func parseInAlphabet(_ alphabet: MathAlphabet, command: String) -> MathNode {
        let outer = self.alphabet
        self.alphabet = alphabet
        defer { self.alphabet = outer }
        return parseArgument(of: command)
    }

    /// Reads `\operatorname{name}` as a function, or `\operatorname*{name}` as an operator taking limits.
    private mutating func parseOperatorName() -> MathNode {
        let takesLimits = peek() == .character("*")
        if takesLimits { advance() }
        var name = parseInAlphabet(.roman, command: "operatorname")
        if case .row(let nodes) = name, nodes.count == 1 { name = nodes[0] }
        if case .identifier(let text, _) = name {
            if takesLimits { return .operator(.named(text)) }
            name = .identifier(text, upright: true)
        }
        return .function(name)
    }
}
