import Foundation
import MicrogradScript
import Notebook

/// What a lesson's `display(HTML(…))`, `Markdown`, `Math`, `Latex` or `SVG` becomes on the page.
///
/// A lesson's raw HTML and SVG are untrusted: unless the author trusts them (`trust_html: true` in the front
/// matter, and never under `render --safe`), they pass `HTMLSanitizer`, which keeps formatting and drops
/// scripts, event handlers, outside loads and `<style>`. Markdown is rendered by cmark, its raw HTML sanitized
/// the same way, its math by the MathML converter; `Math` is one display formula, and `Latex` is text whose
/// `$…$`, `$$…$$` (or a whole `\begin{…}` environment) is math.
public struct MarkupHTML: Sendable {
    /// Whether raw HTML and SVG are shown as written.
    public var trusted: Bool
    /// How TeX becomes HTML.
    public var math: MathRendering

    /// Makes a renderer.
    public init(trusted: Bool = false, math: MathRendering = .standard) {
        self.trusted = trusted
        self.math = math
    }

    /// The HTML of `markup`, and complaints about its math; nothing at all for HTML that shows nothing (such as
    /// a notebook's `<style>`, which the sanitizer drops).
    public func render(_ markup: Markup) -> (html: String, warnings: [String]) {
        switch markup.kind {
        case .html:
            let html = clean(markup.source)
            if html.allSatisfy(\.isWhitespace) { return ("", []) }
            return ("<div class=\"output output-html\">\(html)</div>", [])
        case .svg:
            return ("<figure class=\"output output-svg\"><div class=\"scroll\">\(clean(markup.source))</div></figure>", [])
        case .markdown:
            let (html, warnings) = markdown(markup.source)
            return ("<div class=\"output output-markdown\">\(html)</div>", warnings)
        case .math:
            let rendition = math.render(Markup.strippingDollars(markup.source), true)
            return ("<div class=\"output output-math\">\(rendition.html)</div>", rendition.warnings)
        case .latex:
            let (html, warnings) = latex(markup.source)
            return ("<div class=\"output output-latex\">\(html)</div>", warnings)
        }
    }

    /// Raw HTML or SVG as the page may show it.
    func clean(_ markup: String) -> String {
        trusted ? markup : HTMLSanitizer.sanitize(markup)
    }

    /// Markdown through cmark, raw HTML cleaned, math put back.
    func markdown(_ text: String) -> (String, [String]) {
        let protected = MathProtection(text)
        let html = clean(Cmark.html(protected.markdown, safe: false))
        let renditions = protected.spans.map { math.render($0.tex, $0.display) }
        return (protected.restore(in: html, rendered: renditions.map(\.html)), renditions.flatMap(\.warnings))
    }

    /// LaTeX text: escaped, with its math spans rendered; a text that is one environment is one formula.
    func latex(_ text: String) -> (String, [String]) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let protected = MathProtection(text)
        if protected.spans.isEmpty, trimmed.hasPrefix("\\begin{") {
            let rendition = math.render(trimmed, true)
            return (rendition.html, rendition.warnings)
        }
        let renditions = protected.spans.map { math.render($0.tex, $0.display) }
        let html = protected.restore(in: HTMLEscaping.text(protected.markdown), rendered: renditions.map(\.html))
        return (html, renditions.flatMap(\.warnings))
    }
}
