import MicrogradScript
import Notebook

/// Turns one prose block into HTML: math protected from Markdown, cmark, math put back, headings given ids.
public struct ProseRenderer: Sendable {
    /// Drop raw HTML from the author's Markdown (`--safe`).
    public var safe: Bool
    /// How `$…$` becomes HTML.
    public var math: MathRendering

    /// Makes a renderer.
    public init(safe: Bool = false, math: MathRendering = .standard) {
        self.safe = safe
        self.math = math
    }

    /// One rendered prose block.
    public struct Rendered: Equatable, Sendable {
        /// The block's HTML.
        public var html: String
        /// Its headings with their ids, in order, for the table of contents.
        public var headings: [TableOfContents.Entry]
        /// Warnings about its math, pointing into the lesson file.
        public var warnings: [Diagnostic]
    }

    /// Renders `prose`; `takenIDs` are ids already used on the page (they are avoided, and the new ones added).
    public func render(_ prose: Prose, path: String, takenIDs: inout Set<String>) -> Rendered {
        let protected = MathProtection(prose.markdown, firstLine: prose.line)
        // Headings are read with math shown as its TeX, so ids and contents never hold a placeholder.
        let headings = Cmark.headings(in: protected.markdown).map { heading in
            MarkdownHeading(level: heading.level, text: protected.restoreSource(in: heading.text), line: heading.line)
        }
        let ids = MarkdownHeading.uniqueSlugs(for: headings, taken: takenIDs)
        takenIDs.formUnion(ids)
        let html = Cmark.html(protected.markdown, safe: safe, headingIDs: ids)
        var warnings: [Diagnostic] = []
        var rendered: [String] = []
        for span in protected.spans {
            let result = math.render(span.tex, span.display)
            rendered.append(result.html)
            for message in result.warnings {
                warnings.append(
                    Diagnostic(
                        file: path, line: span.line, column: span.column, kind: "MathWarning", message: message,
                        severity: .warning))
            }
        }
        let entries = zip(headings, ids).map { heading, id in
            TableOfContents.Entry(level: heading.level, text: heading.text, id: id)
        }
        return Rendered(html: protected.restore(in: html, rendered: rendered), headings: entries, warnings: warnings)
    }
}
