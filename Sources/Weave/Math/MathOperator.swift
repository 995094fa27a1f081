/// An `<mo>`: a symbol with TeX's atom class, which decides how scripts attach and when a minus is unary.
struct MathOperator: Equatable {
    /// TeX's atom classes that matter here; `named` is an operator name such as `lim` that takes limits.
    enum Kind: Equatable {
        case ordinary, binary, relation, open, close, punctuation, large, named
    }

    /// MathML's `form`, written only when the position in the row would not imply it.
    enum Form: String {
        case prefix, infix, postfix
    }

    /// Where `_` and `^` go: beside the symbol, or under and over it (`\sum`, `\lim`).
    enum Limits: Equatable {
        case beside, underOver
    }

    var text: String
    var kind: Kind
    var limits: Limits = .beside
    var form: Form? = nil
    var fence = false
    /// `false` for a delimiter typed without `\left`, which TeX never stretches; `true` to ask for stretching.
    var stretchy: Bool? = nil
    /// `movablelimits`: `true` lets inline math put limits beside (TeX's `\lim`), `false` forces them under.
    var movableLimits: Bool? = nil
    var leftSpace: String? = nil
    var rightSpace: String? = nil
    /// Both `minsize` and `maxsize`, from `\big` and friends.
    var size: String? = nil

    /// A symbol that keeps its typed size, as a plain `(` does in TeX.
    static func delimiter(_ text: String, kind: Kind) -> MathOperator {
        MathOperator(text: text, kind: kind, stretchy: false)
    }

    /// An operator name (`lim`, `max`, `argmax`) whose limits go under it in display style only, like TeX's.
    static func named(_ text: String) -> MathOperator {
        MathOperator(
            text: text, kind: .named, limits: .underOver, movableLimits: true, leftSpace: "0", rightSpace: "0")
    }

    func write(into out: inout String) {
        var attributes = ""
        if let form { attributes += " form=\"\(form.rawValue)\"" }
        if fence { attributes += " fence=\"true\"" }
        if let stretchy { attributes += " stretchy=\"\(stretchy)\"" }
        if let leftSpace { attributes += " lspace=\"\(leftSpace)\"" }
        if let rightSpace { attributes += " rspace=\"\(rightSpace)\"" }
        if let movableLimits { attributes += " movablelimits=\"\(movableLimits)\"" }
        if let size { attributes += " minsize=\"\(size)\" maxsize=\"\(size)\"" }
        MathMarkup.writeLeaf("mo", text, attributes: attributes, into: &out)
    }
}
