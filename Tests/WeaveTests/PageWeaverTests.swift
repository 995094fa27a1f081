import Micrograd
import MicrogradScript
import Notebook
import Testing
@testable import Weave

@Suite struct PageWeaverTests {
    static let lesson = """
        ---
        title: The <neuron>
        summary: One neuron & its grads.
        ---
        # The neuron

        Prose with $x_1 w_1$ math.

        ## Forward

        ```micrograd
        print("hi")
        ```

        ```output
        bye
        ```

        ```micrograd hide
        draw_dot(o)
        ```

        ## Backward

        ```micrograd
        boom()
        ```

        """

    static func run(_ outputs: [[Output]]) throws -> RunResult {
        let document = try LessonParser.parse(lesson, path: "Notebooks/01-neuron.md")
        let cells = zip(document.cells, outputs).map { CellResult(cell: $0, outputs: $1) }
        return RunResult(document: document, cells: cells)
    }

    static let scriptLabel = GraphSnapshot(nodes: [
        .init(label: "<script>alert(1)</script>", data: 2, grad: 0, op: "", children: [])
    ])

    /// An axes holding one two-point line.
    static var lineAxes: Plot.Axes {
        var axes = Plot.Axes()
        axes.artists = [.line(Plot.Line(xs: [0, 1], ys: [1, 2]))]
        return axes
    }

    static func weave(_ run: RunResult) throws -> PageWeaver.Page {
        let weaver = PageWeaver(prose: ProseRenderer(math: .source), templates: try PageTemplates.standard())
        let links = PageLinks(previous: .init(href: "00-intro.html", title: "Intro <0>"), next: nil)
        return weaver.weave(run, links: links)
    }

    @Test func pageHasCellsOutputsContentsAndLinks() throws {
        let error = Diagnostic(file: "Notebooks/01-neuron.md", line: 26, column: 1, kind: "NameError", message: "name 'boom' is not defined")
        let page = try Self.weave(try Self.run([[.text("<b>hi</b>\n")], [.graph(Self.scriptLabel)], [.error(error)]]))
        let html = page.html
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>The &lt;neuron&gt;</title>"))
        #expect(html.contains("<meta name=\"description\" content=\"One neuron &amp; its grads.\">"))
        #expect(html.contains("<section class=\"cell cell-changed\" id=\"cell-1\">"))
        #expect(html.contains("<pre>&lt;b&gt;hi&lt;/b&gt;</pre>"))
        #expect(html.contains("<details class=\"cell-note changed-mark\"><summary><strong>Changed:</strong>"))
        #expect(html.contains("stored in the lesson.</summary><pre>bye</pre></details>"))
        #expect(html.contains("<section class=\"cell cell-hidden\" id=\"cell-2\">\n<div class=\"cell-outputs\">"))
        #expect(!html.contains("draw_dot(o)"))
        #expect(html.contains("<svg class=\"graphviz\""))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<div class=\"error-place\">Notebooks/01-neuron.md:26:1</div><pre>NameError: name &#39;boom&#39; is not defined</pre>"))
        #expect(html.contains("<a href=\"#forward\">Forward</a>"))
        #expect(html.contains("<h2 id=\"backward\">"))
        #expect(html.contains("href=\"00-intro.html\""))
        #expect(html.contains("Intro &lt;0&gt;"))
        #expect(html.contains("<span class=\"math-source\"><code>x_1 w_1</code></span>"))
        #expect(!html.contains("<h1 class=\"page-title\">"), "the lesson's own # heading is the page title")
        #expect(page.title == "The <neuron>")
    }

    @Test func noExternalRequests() throws {
        let page = try Self.weave(try Self.run([[.text("x\n")], [.graph(Self.scriptLabel)], [.plot(Plot(axes: Self.lineAxes))]]))
        for attribute in ["src=\"http", "href=\"http", "src='http", "href='http", "url(http", "@import"] {
            #expect(!page.html.contains(attribute))
        }
        #expect(page.html.contains("<style>"))
        #expect(!page.html.contains("<link"))
    }

    @Test func graphLimitFromFrontMatterAndOverride() throws {
        var run = try Self.run([[], [.graph(GraphFigureTests.chain(3))], []])
        run.document.frontMatter.graphLimit = 2
        let limited = try Self.weave(run)
        #expect(limited.html.contains("This graph has 3 values, more than the limit of 2"))
        var weaver = PageWeaver(prose: ProseRenderer(math: .source), templates: try PageTemplates.standard())
        weaver.graphLimitOverride = 3
        #expect(!weaver.weave(run).html.contains("This graph has"))
    }
}
