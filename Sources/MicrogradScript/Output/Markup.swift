/// Rich text a lesson displayed with IPython's display classes: `display(HTML(…))`, `Markdown`, `Math`, `Latex`
/// or `SVG`. The source is kept as the lesson wrote it; Weave decides how much of it a page may show (raw HTML
/// and SVG are untrusted unless the lesson's author says otherwise).
public struct Markup: Equatable, Sendable {
    /// Which display class made it.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        case html = "HTML"
        case markdown = "Markdown"
        case math = "Math"
        case latex = "Latex"
        case svg = "SVG"

        /// The MIME type a notebook stores it under.
        public var mimeType: String {
            switch self {
            case .html: "text/html"
            case .markdown: "text/markdown"
            case .math, .latex: "text/latex"
            case .svg: "image/svg+xml"
            }
        }
    }

    /// Which display class made it.
    public var kind: Kind
    /// The text given to it (`HTML("<b>x</b>")` → `<b>x</b>`).
    public var source: String

    /// The plain text a notebook stores beside the rich form and `check` compares: IPython's
    /// `<IPython.core.display.HTML object>` for the display classes, the object's `repr` for a lesson class
    /// that has a `_repr_html_` (or another rich method).
    public var plainText: String

    /// Makes a markup output; `plainText` defaults to the display class's own repr.
    public init(_ kind: Kind, _ source: String, plainText: String? = nil) {
        self.kind = kind
        self.source = source
        self.plainText = plainText ?? "<IPython.core.display.\(kind.rawValue) object>"
    }

    /// What a notebook stores under `kind.mimeType`: the source, except that IPython writes a `Math` as
    /// `$\displaystyle …$`.
    public var notebookData: String {
        guard kind == .math else { return source }
        return "$\\displaystyle " + Self.strippingDollars(source) + "$"
    }

    /// Python's `s.strip('$')`, which `Math` applies to its text.
    public static func strippingDollars(_ text: String) -> String {
        var scalars = Substring.UnicodeScalarView(text.unicodeScalars)
        while scalars.first == "$" { scalars.removeFirst() }
        while scalars.last == "$" { scalars.removeLast() }
        return String(scalars)
    }
}
