import Testing
@testable import Weave

@Suite("Escaping of titles and labels")
struct PlotMarkupTests {
    @Test("markup shows as text")
    func markupIsEscaped() {
        #expect(PlotMarkup.text("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(PlotMarkup.text("a & b") == "a &amp; b")
        #expect(PlotMarkup.quoted("say \"hi\"") == "\"say &quot;hi&quot;\"")
    }

    @Test("line breaks become spaces and control characters are dropped")
    func controlCharacters() {
        #expect(PlotMarkup.text("loss\nover time") == "loss over time")
        #expect(PlotMarkup.text("a\u{0}b\u{7}c\u{85}d") == "abcd")
        #expect(PlotMarkup.text("x₁ → ŷ") == "x₁ → ŷ")
    }
}
