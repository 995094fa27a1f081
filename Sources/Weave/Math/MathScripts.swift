/// `x_i`, `x^2` and `x_i^2` as `<msub>`, `<msup>`, `<msubsup>`; under big operators and `\lim`, as
/// `<munder>`, `<mover>`, `<munderover>`.
struct MathScripts: Equatable {
    var base: MathNode
    /// The subscript, or the limit under the base.
    var lower: MathNode? = nil
    /// The superscript, or the limit over the base.
    var upper: MathNode? = nil
    var placement: MathOperator.Limits = .beside

    func write(into out: inout String) {
        let (beside, underOver) = switch (lower, upper) {
        case (.some, .some): ("msubsup", "munderover")
        case (.some, .none): ("msub", "munder")
        default: ("msup", "mover")
        }
        let name = placement == .beside ? beside : underOver
        out += "<" + name + ">"
        base.writeElement(into: &out)
        lower?.writeElement(into: &out)
        upper?.writeElement(into: &out)
        out += "</" + name + ">"
    }
}

extension TeXParser {
    /// Reads `^` or `_` and its argument, and attaches it to the last node of the row (or to an empty base).
    mutating func attachScript(to nodes: inout [MathNode]) {
        let isSuperscript = peek() == .superscriptMark
        advance()
        let script = parseArgument(of: isSuperscript ? "^" : "_")
        attach(script, superscript: isSuperscript, to: &nodes)
    }

    /// Reads a run of `'` as one prime mark after the last node. TeX raises a prime as a superscript, but a
    /// Unicode prime is already drawn raised and small, and browsers without the font's script variants
    /// shrink it to a speck in `<msup>`; a following `^2` attaches to the prime (`f′²`).
    mutating func appendPrimes(to nodes: inout [MathNode]) {
        var count = 0
        while peek() == .character("'") {
            advance()
            count += 1
        }
        let primes = ["\u{2032}", "\u{2033}", "\u{2034}", "\u{2057}"]
        let text = count <= primes.count ? primes[count - 1] : String(repeating: "\u{2032}", count: count)
        nodes.append(.operator(MathOperator(text: text, kind: .ordinary, leftSpace: "0", rightSpace: "0")))
    }

    /// Reads `\limits` or `\nolimits`, which move the limits of the operator just before them.
    mutating func applyLimits(to nodes: inout [MathNode]) {
        let forced = peek() == .command("limits")
        advance()
        guard case .operator(var symbol) = nodes.last else {
            warn(forced ? "\\limits without an operator before it" : "\\nolimits without an operator before it")
            return
        }
        symbol.limits = forced ? .underOver : .beside
        symbol.movableLimits = forced ? false : nil
        nodes[nodes.count - 1] = .operator(symbol)
    }

    private mutating func attach(_ script: MathNode, superscript isUpper: Bool, to nodes: inout [MathNode]) {
        let last = nodes.popLast()
        if case .function(let name) = last {
            var inner = [name]
            attach(script, superscript: isUpper, to: &inner)
            if let first = inner.first { nodes.append(.function(first)) }
            nodes.append(contentsOf: inner.dropFirst())
            return
        }
        if case .scripts(var scripts) = last {
            if isUpper, scripts.upper == nil {
                scripts.upper = script
                nodes.append(.scripts(scripts))
                return
            }
            if !isUpper, scripts.lower == nil {
                scripts.lower = script
                nodes.append(.scripts(scripts))
                return
            }
            warn(isUpper ? "double superscript" : "double subscript")
            nodes.append(.scripts(scripts))
            nodes.append(.scripts(MathScripts(
                base: .row([]), lower: isUpper ? nil : script, upper: isUpper ? script : nil)))
            return
        }
        var placement = MathOperator.Limits.beside
        if case .operator(let symbol) = last { placement = symbol.limits }
        nodes.append(.scripts(MathScripts(
            base: last ?? .row([]), lower: isUpper ? nil : script, upper: isUpper ? script : nil,
            placement: placement)))
    }
}
