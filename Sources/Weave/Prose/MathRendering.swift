/// What one math span becomes: its HTML (MathML) and any complaints about the TeX.
public struct MathRendition: Equatable, Sendable {
    /// The HTML that replaces the span.
    public var html: String
    /// One line per unsupported command or other problem; the span still renders, showing what it could not read.
    public var warnings: [String]

    /// Makes a rendition.
    public init(html: String, warnings: [String] = []) {
        self.html = html
        self.warnings = warnings
    }
}

/// Turns TeX into HTML at build time. The page weaver takes one so tests can stub it; `standard` uses
/// Gradbook's MathML converter.
public struct MathRendering: Sendable {
    /// Renders `tex`, as a block when `display` is true.
    public var render: @Sendable (_ tex: String, _ display: Bool) -> MathRendition

    /// Makes a math renderer from a function.
    public init(render: @escaping @Sendable (_ tex: String, _ display: Bool) -> MathRendition) {
        self.render = render
    }

    /// Shows the TeX as written, escaped, in a `<code class="math">`: the renderer of last resort.
    public static let source: MathRendering = MathRendering { tex, display in
        let tag = display ? "div" : "span"
        return MathRendition(html: "<\(tag) class=\"math-source\"><code>\(HTMLEscaping.text(tex))</code></\(tag)>")
    }
}

extension MathRendering {
    /// Gradbook's renderer: TeX to MathML at build time (`MathConverter`).
    public static let standard = MathRendering { tex, display in
        let result = MathConverter.convert(tex, display: display)
        return MathRendition(html: result.mathML, warnings: result.warnings)
    }
}
