import Notebook
import Testing
@testable import Weave

@Suite struct ProseRendererTests {
    /// Shows the TeX between brackets, so a test sees exactly what reached the math renderer.
    static let echo = MathRendering { tex, display in
        MathRendition(html: display ? "[[\(tex)]]" : "[\(tex)]", warnings: tex.contains("\\frob") ? ["unsupported command \\frob"] : [])
    }

    @Test func mathSurvivesMarkdownUntouched() {
        var ids: Set<String> = []
        let prose = Prose(markdown: "Take $a_1 * b_2$ and $\\{x\\}$, *really*.\n", line: 1)
        let rendered = ProseRenderer(math: Self.echo).render(prose, path: "l.md", takenIDs: &ids)
        #expect(rendered.html == "<p>Take [a_1 * b_2] and <span class=\"math-nowrap\">[\\{x\\}],</span> <em>really</em>.</p>\n")
    }

    @Test func mathInsideATagStaysTheTeXAsWritten() {
        var ids: Set<String> = []
        let prose = Prose(markdown: "[see]($x$) ![$a<b$](i.png) <span title=\"$y$\">$z$</span>\n", line: 1)
        let html = ProseRenderer(math: Self.echo).render(prose, path: "l.md", takenIDs: &ids).html
        #expect(html == "<p><a href=\"$x$\">see</a> <img src=\"i.png\" alt=\"$a&lt;b$\" /> <span title=\"$y$\">[z]</span></p>\n")
    }

    @Test func inlineMathStaysOnOneLineWithItsPunctuation() {
        var ids: Set<String> = []
        let prose = Prose(markdown: "so ($x$), $d$; and *$e$* then\n\n$$D$$\n", line: 1)
        let html = ProseRenderer(math: Self.echo).render(prose, path: "l.md", takenIDs: &ids).html
        #expect(
            html == "<p>so <span class=\"math-nowrap\">([x]),</span> <span class=\"math-nowrap\">[d];</span> and "
                + "<em>[e]</em> then</p>\n<p>[[D]]</p>\n")
    }

    @Test func headingsGetIDsAndEntries() {
        var ids: Set<String> = ["intro"]
        let prose = Prose(markdown: "# Intro\n\n## The $x$ value\n", line: 1)
        let rendered = ProseRenderer(math: Self.echo).render(prose, path: "l.md", takenIDs: &ids)
        #expect(rendered.html == "<h1 id=\"intro-2\">\nIntro\n</h1>\n<h2 id=\"the-x-value\">\nThe [x] value\n</h2>\n")
        #expect(ids == ["intro", "intro-2", "the-x-value"])
        #expect(rendered.headings.map(\.text) == ["Intro", "The x value"])
    }

    @Test func unsupportedCommandsWarnAtTheirFilePosition() {
        var ids: Set<String> = []
        let prose = Prose(markdown: "Line one\nand $\\frob x$\n", line: 7)
        let rendered = ProseRenderer(math: Self.echo).render(prose, path: "Notebooks/a.md", takenIDs: &ids)
        #expect(rendered.warnings.map(\.formatted) == [
            "Notebooks/a.md:8:5: warning: MathWarning: unsupported command \\frob"
        ])
    }

    @Test func safeDropsRawHTML() {
        var ids: Set<String> = []
        let prose = Prose(markdown: "Hi <script>alert(1)</script> there\n\n<div class=\"x\">raw</div>\n", line: 1)
        let unsafe = ProseRenderer(safe: false, math: Self.echo).render(prose, path: "l.md", takenIDs: &ids).html
        let safe = ProseRenderer(safe: true, math: Self.echo).render(prose, path: "l.md", takenIDs: &ids).html
        #expect(unsafe.contains("<script>alert(1)</script>"))
        #expect(unsafe.contains("<div class=\"x\">raw</div>"))
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("<div"))
    }
}

@Suite struct StandardMathTests {
    @Test func proseMathBecomesMathML() {
        var ids: Set<String> = []
        let prose = Prose(markdown: "So $a_1 * b_2$ and\n\n$$\\{x\\}$$\n", line: 1)
        let html = ProseRenderer().render(prose, path: "l.md", takenIDs: &ids).html
        #expect(html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><msub><mi>a</mi><mn>1</mn></msub>"))
        #expect(html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
        #expect(!html.contains("<em>"))
    }
}
