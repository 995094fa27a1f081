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
