import MicrogradScript
import Notebook
import Testing

@testable import Weave

/// What `display(HTML(…))`, `Markdown`, `Math`, `Latex` and `SVG` become on a page: raw HTML and SVG sanitized
/// unless the author trusts them, Markdown through cmark, TeX through the MathML converter.
@Suite struct MarkupHTMLTests {
    static let hostile = #"<b onclick="alert(1)">bold</b><script>alert(2)</script><img src="http://x/y.png">"#
        + #"<a href="javascript:alert(3)">link</a>"#

    @Test func rawHTMLIsSanitizedByDefault() {
        let (html, warnings) = MarkupHTML().render(Markup(.html, Self.hostile))
        #expect(html == "<div class=\"output output-html\"><b>bold</b><img><a>link</a></div>")
        #expect(warnings.isEmpty)
    }

    @Test func theAuthorsFlagLetsHTMLThroughAsWritten() {
        let (html, _) = MarkupHTML(trusted: true).render(Markup(.html, Self.hostile))
        #expect(html == "<div class=\"output output-html\">\(Self.hostile)</div>")
    }

    @Test func aNotebooksStyleTakesNoRoom() {
        let style = Markup(.html, "<style>.jp-OutputArea-output {display:flex}</style>")
        #expect(MarkupHTML().render(style).html == "")
        #expect(
            MarkupHTML(trusted: true).render(style).html
                == "<div class=\"output output-html\"><style>.jp-OutputArea-output {display:flex}</style></div>")
    }

    @Test func svgKeepsItsDrawingAndLosesItsHandlers() {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">"#
            + #"<circle cx="20" cy="20" r="15" fill="teal" onload="alert(4)"/></svg>"#
        #expect(
            MarkupHTML().render(Markup(.svg, svg)).html
                == "<figure class=\"output output-svg\"><div class=\"scroll\"><svg width=\"40\" height=\"40\">"
                + "<circle cx=\"20\" cy=\"20\" r=\"15\" fill=\"teal\"/></svg></div></figure>")
    }

    @Test func markdownGoesThroughCmarkWithItsMath() {
        #expect(
            MarkupHTML().render(Markup(.markdown, "**strong** and $x^2$<script>x</script>")).html
                == "<div class=\"output output-markdown\"><p><strong>strong</strong> and "
                + "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><msup><mi>x</mi><mn>2</mn></msup></math></p>\n"
                + "</div>")
    }

    @Test func mathIsOneDisplayFormula() {
        #expect(
            MarkupHTML().render(Markup(.math, "$\\frac{a}{b}$")).html
                == "<div class=\"output output-math\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" "
                + "display=\"block\"><mfrac><mi>a</mi><mi>b</mi></mfrac></math></div>")
    }

    @Test func latexIsEscapedTextWithMathSpans() {
        #expect(
            MarkupHTML().render(Markup(.latex, "A <b> and $x_i$")).html
                == "<div class=\"output output-latex\">A &lt;b&gt; and "
                + "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><msub><mi>x</mi><mi>i</mi></msub></math></div>")
    }
}

/// A lesson's own `graphviz` graph, and its displayed markup, on the woven page.
@Suite struct DisplayedOutputPageTests {
    static let lecturesGraph = DOTGraph(
        source: """
            digraph {
            \tgraph [rankdir=LR]
            \t1 [label="{ a | data 2.0000 | grad 0.0000 }" shape=record]
            \t"1*" [label="*"]
            \t"1*" -> 1
            }

            """, plainText: "<graphviz.graphs.Digraph at 0x7f0000000070>")

    @Test func aLessonsGraphIsInlineSVG() {
        let rendition = GraphFigure().render(Self.lecturesGraph)
        guard case .figure(let html) = rendition else {
            Issue.record("expected a figure, got \(rendition)")
            return
        }
        #expect(html.hasPrefix("<figure class=\"output output-graph\"><div class=\"scroll\"><svg class=\"graphviz\""))
        #expect(html.contains(" role=\"img\" aria-label=\"Graph of 2 nodes and 1 edge\">"))
        #expect(html.contains(">data 2.0000</text>"))
        #expect(html.hasSuffix("</svg></div></figure>"))
    }

    @Test func aGraphWithARefusedAttributeIsNotDrawn() {
        var graph = Self.lecturesGraph
        graph.source = "digraph {\n\ta [image=\"/etc/passwd\"]\n}\n"
        guard case .failed(let message) = GraphFigure().render(graph) else {
            Issue.record("expected a failure")
            return
        }
        #expect(message.contains("image"))
    }

    static func page(_ outputs: [Output], trust: Bool, safe: Bool = false) throws -> String {
        var document = try LessonParser.parse(
            "# Shown\n\n```micrograd\ndot\n```\n", path: "Notebooks/01-shown.md")
        document.frontMatter.trustHTML = trust
        let cells = document.cells.map { CellResult(cell: $0, outputs: outputs) }
        let weaver = PageWeaver(
            prose: ProseRenderer(safe: safe, math: .source), templates: try PageTemplates.standard())
        return weaver.weave(RunResult(document: document, cells: cells)).html
    }

    @Test func thePageShowsTheGraphAndSanitizesHTMLUnlessTrusted() throws {
        let outputs: [Output] = [.dot(Self.lecturesGraph), .markup(Markup(.html, "<b onclick=\"x()\">hi</b>"))]
        let untrusted = try Self.page(outputs, trust: false)
        #expect(untrusted.contains("<svg class=\"graphviz\""))
        #expect(untrusted.contains("<div class=\"output output-html\"><b>hi</b></div>"))
        let trusted = try Self.page(outputs, trust: true)
        #expect(trusted.contains("<div class=\"output output-html\"><b onclick=\"x()\">hi</b></div>"))
        let safe = try Self.page(outputs, trust: true, safe: true)
        #expect(safe.contains("<div class=\"output output-html\"><b>hi</b></div>"))
    }
}
