/// The MathML tree the TeX parser builds; each case writes itself as MathML Core.
indirect enum MathNode: Equatable {
    /// `<mi>`: a variable, a Greek letter, a symbol such as `∞`. `upright` forces `mathvariant="normal"` on a
    /// single character, which MathML would otherwise italicise.
    case identifier(String, upright: Bool)
    /// `<mn>`: a run of digits with at most one decimal point.
    case number(String)
    /// `<mo>` with its TeX class.
    case `operator`(MathOperator)
    /// `<mtext>`, from `\text{…}`.
    case text(String)
    /// `<mspace>`, from `\,`, `\quad` and friends; the width is a CSS length such as `0.1667em`.
    case space(width: String)
    /// A braced group: an `<mrow>` when it holds other than one node.
    case row([MathNode])
    /// A named function such as `\tanh`, followed by an invisible function application.
    case function(MathNode)
    case fraction(MathFraction)
    case scripts(MathScripts)
    case radical(MathRadical)
    case fenced(MathFence)
    case table(MathTable)
    case accent(MathAccent)
    /// `<mstyle>` from `\displaystyle` and `\dfrac`: the node in display (or text) style at script level 0.
    case styled(display: Bool, MathNode)
    /// `<merror>` holding TeX that could not be understood, shown as written.
    case error(String)

    /// Writes the node as exactly one MathML element, wrapping a row of several nodes in `<mrow>`, so that it
    /// can be a child of `<mfrac>`, `<msub>` and the other elements that count their children.
    func writeElement(into out: inout String) {
        switch self {
        case .row(let nodes) where nodes.count == 1:
            nodes[0].writeElement(into: &out)
        case .row(let nodes):
            out += "<mrow>"
            MathNode.writeRow(nodes, into: &out)
            out += "</mrow>"
        case .function:
            out += "<mrow>"
            MathNode.writeRow([self], into: &out)
            out += "</mrow>"
        default:
            write(into: &out)
        }
    }

    /// Writes the node where a row of elements is allowed (inside `<math>`, `<mrow>`, `<mtd>`, `<msqrt>`).
    func write(into out: inout String) {
        switch self {
        case .identifier(let text, let upright):
            let normal = upright && text.count == 1 ? " mathvariant=\"normal\"" : ""
            MathMarkup.writeLeaf("mi", text, attributes: normal, into: &out)
        case .number(let text):
            MathMarkup.writeLeaf("mn", text, into: &out)
        case .operator(let symbol):
            symbol.write(into: &out)
        case .text(let text):
            MathMarkup.writeLeaf("mtext", text, into: &out)
        case .space(let width):
            out += "<mspace width=\"" + width + "\"/>"
        case .row, .function:
            writeElement(into: &out)
        case .fraction(let fraction):
            fraction.write(into: &out)
        case .scripts(let scripts):
            scripts.write(into: &out)
        case .radical(let radical):
            radical.write(into: &out)
        case .fenced(let fence):
            fence.write(into: &out)
        case .table(let table):
            table.write(into: &out)
        case .accent(let accent):
            accent.write(into: &out)
        case .styled(let display, let node):
            out += "<mstyle displaystyle=\"\(display)\" scriptlevel=\"0\">"
            node.writeInRow(into: &out)
            out += "</mstyle>"
        case .error(let text):
            out += "<merror>"
            MathMarkup.writeLeaf("mtext", text, into: &out)
            out += "</merror>"
        }
    }

    /// Writes a group's nodes directly into an enclosing row, without an `<mrow>` of their own.
    func writeInRow(into out: inout String) {
        if case .row(let nodes) = self {
            MathNode.writeRow(nodes, into: &out)
        } else {
            MathNode.writeRow([self], into: &out)
        }
    }
}
