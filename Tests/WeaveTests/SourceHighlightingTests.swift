import Testing
@testable import Weave

@Suite struct SourceHighlightingTests {
    @Test func everyKindOfTokenGetsItsClassAndTextIsEscaped() {
        let html = SourceHighlighting.html("def f(x):  # <b>\n    return len('<&>') + 2.5e3 if x else None\n")
        #expect(
            html == "<span class=\"tok-keyword\">def</span> f<span class=\"tok-punctuation\">(</span>x"
                + "<span class=\"tok-punctuation\">)</span><span class=\"tok-punctuation\">:</span>  "
                + "<span class=\"tok-comment\"># &lt;b&gt;</span>\n    <span class=\"tok-keyword\">return</span> "
                + "<span class=\"tok-builtin\">len</span><span class=\"tok-punctuation\">(</span>"
                + "<span class=\"tok-string\">&#39;&lt;&amp;&gt;&#39;</span><span class=\"tok-punctuation\">)</span> "
                + "<span class=\"tok-operator\">+</span> <span class=\"tok-number\">2.5e3</span> "
                + "<span class=\"tok-keyword\">if</span> x <span class=\"tok-keyword\">else</span> "
                + "<span class=\"tok-keyword\">None</span>\n")
    }

    @Test func unfinishedSourceStillHighlightsAndStaysEscaped() {
        let html = SourceHighlighting.html("s = '<script>\n")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
