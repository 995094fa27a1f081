/// `\hat{x}`, `\vec{v}`, `\overline{ab}` and `\underline{ab}` as `<mover accent="true">` or
/// `<munder accentunder="true">`.
struct MathAccent: Equatable {
    var base: MathNode
    var mark: MathOperator
    var under = false

    /// The accent commands: the mark's character and whether it stretches across its base.
    static let marks: [String: (text: String, stretchy: Bool)] = [
        "hat": ("^", false), "widehat": ("^", true), "check": ("\u{2C7}", false), "tilde": ("~", false),
        "widetilde": ("~", true), "bar": ("\u{AF}", false), "overline": ("\u{203E}", true),
        "underline": ("_", true), "vec": ("\u{2192}", false), "overrightarrow": ("\u{2192}", true),
        "dot": ("\u{2D9}", false), "ddot": ("\u{A8}", false), "acute": ("\u{B4}", false),
        "grave": ("`", false), "breve": ("\u{2D8}", false),
    ]

    func write(into out: inout String) {
        out += under ? "<munder accentunder=\"true\">" : "<mover accent=\"true\">"
        base.writeElement(into: &out)
        mark.write(into: &out)
        out += under ? "</munder>" : "</mover>"
    }
}

extension TeXParser {
    /// Reads the argument of an accent command listed in `MathAccent.marks`.
    mutating func parseAccent(command: String, text: String, stretchy: Bool) -> MathNode {
        let base = parseArgument(of: command)
        let mark = MathOperator(text: text, kind: .ordinary, stretchy: stretchy)
        return .accent(MathAccent(base: base, mark: mark, under: command == "underline"))
    }
}
