import Mustache
import Testing

@testable import Weave

@Suite struct HTMLEscapingTests {
    @Test func markupIsWrittenAsReferences() {
        let escaped = HTMLEscaping.text("<script>alert('x') & \"y\"</script>")
        #expect(escaped == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }

    /// Found beside the `dot` fuzz target's finding: a quote (or `<`, `&`) followed by a combining mark is one
    /// Swift Character, so escaping over Characters let it through, and the quote could end an attribute.
    @Test func markupCarryingACombiningMarkIsStillEscaped() {
        let mark = "\u{301}"
        let escaped = HTMLEscaping.text("\"" + mark + "<" + mark + "&" + mark + "'" + mark + ">" + mark)
        let expected = "&quot;" + mark + "&lt;" + mark + "&amp;" + mark + "&#39;" + mark + "&gt;" + mark
        #expect(escaped == expected)
    }
}

/// Values Mustache writes into a page go through the same scalar-wise escaping.
@Suite struct TemplateEscapingTests {
    /// Found while fixing the escaping above: Mustache's own `{{value}}` escaping works on Characters, so a
    /// front-matter summary holding `"` plus a combining mark ended the page's `<meta content="…">` early.
    @Test func aQuoteCarryingACombiningMarkIsEscapedInAnAttribute() throws {
        let template = try PageTemplates.parse("<meta content=\"{{summary}}\">", path: "page.mustache")
        let summary = "x\"\u{301} onmouseover=alert(1) y="
        let html = template.render(["summary": summary])
        let expected = "<meta content=\"x&quot;\u{301} onmouseover=alert(1) y=\">"
        #expect(html == expected)
    }

    @Test func anErrorOnTheFirstLineKeepsItsColumn() throws {
        let source = "ab {{/close}} cd"
        var raw: (line: Int, column: Int, error: String)?
        do {
            _ = try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            raw = (error.context.lineNumber, error.context.columnNumber, "\(error.error)")
        }
        let place = try #require(raw)
        #expect(place.line == 1)
        #expect(throws: TemplateError(file: "page.mustache", line: 1, column: place.column, message: "invalid Mustache template (\(place.error))")) {
            try PageTemplates.parse(source, path: "page.mustache")
        }
    }
}
