extension MathNode {
    /// Writes nodes side by side, adding what TeX's spacing rules would and MathML's would not: the invisible
    /// function application, a thin space after `\tanh` or `\lim` when an ordinary atom follows and before it
    /// when one precedes (`\frac{d}{dn}\tanh`, `2\sin x`), and prefix form for a binary operator that has no
    /// left operand (as in `(-x)` or `= -1`).
    static func writeRow(_ nodes: [MathNode], into out: inout String) {
        for (index, node) in nodes.enumerated() {
            let previous = index > 0 ? nodes[index - 1] : nil
            if node.takesFunctionSpacing, let previous, !previous.takesFunctionSpacing, previous.endsLikeAnAtom {
                out += "<mspace width=\"0.1667em\"/>"
            }
            if case .operator(var symbol) = node, symbol.kind == .binary, let previous, previous.leavesBinaryUnary {
                symbol.form = .prefix
                symbol.write(into: &out)
            } else if case .function(let name) = node {
                name.writeElement(into: &out)
                out += "<mo>\u{2061}</mo>"
            } else {
                node.write(into: &out)
            }
            if node.takesFunctionSpacing, index + 1 < nodes.count, nodes[index + 1].isOrdinaryAtom {
                out += "<mspace width=\"0.1667em\"/>"
            }
        }
    }

    /// Whether a binary operator right after this node has no left operand, so TeX treats it as unary.
    private var leavesBinaryUnary: Bool {
        guard case .operator(let symbol) = self else { return false }
        switch symbol.kind {
        case .binary, .relation, .open, .punctuation, .large: return true
        case .ordinary, .close, .named: return false
        }
    }

    /// Whether this is a function name (`\tanh`, `\lim_{h \to 0}`) that TeX separates from its argument.
    var takesFunctionSpacing: Bool {
        switch self {
        case .function: return true
        case .operator(let symbol): return symbol.kind == .named
        case .scripts(let scripts): return scripts.base.takesFunctionSpacing
        default: return false
        }
    }

    /// Whether TeX would put a thin space between this node and a function name after it: after an ordinary
    /// atom, a closing delimiter or a fraction, not after an operator, an opening delimiter or punctuation.
    private var endsLikeAnAtom: Bool {
        switch self {
        case .operator(let symbol): return symbol.kind == .close || symbol.kind == .ordinary
        case .space, .text: return false
        case .scripts(let scripts): return scripts.base.endsLikeAnAtom
        default: return true
        }
    }

    /// Whether TeX would put a thin space between a function name and this node.
    private var isOrdinaryAtom: Bool {
        switch self {
        case .operator(let symbol): return symbol.kind == .named || symbol.kind == .large
        case .space, .text: return false
        case .scripts(let scripts): return scripts.base.isOrdinaryAtom
        default: return true
        }
    }
}
