/// Problems only `render` meets: images, output folders, templates, Graphviz, and hostile text on the page.
extension BadInput {
    static let siteProblems: [BadInput] = [
        .render(
            "a missing image", ["bad.md": "# Pictures\n\n![a plot](plot.png)\n"],
            sees: "bad.md:3:1: warning: ImageWarning: the image 'plot.png' does not exist (looked for plot.png)",
            exit: 0),
        .render(
            "an image path that leaves the lessons folder", ["bad.md": "# Pictures\n\n![secret](../../etc/passwd)\n"],
            sees: "bad.md:3:1: warning: ImageWarning: the image path '../../etc/passwd' leaves the lessons folder; nothing was copied",
            exit: 0),
        .render(
            "an absolute image path", ["bad.md": "# Pictures\n\n![secret](/etc/passwd)\n"],
            sees: "bad.md:3:1: warning: ImageWarning: the image path '/etc/passwd' is absolute; use a path inside the lessons folder",
            exit: 0),
        .render(
            "an output folder that cannot be made", ["bad.md": "# A\n", "afile": "not a folder\n"],
            arguments: ["--output", "afile/out"],
            sees: "error: afile/out: cannot create the output folder: 'afile' is a file, not a folder",
            exit: 2, companionRenders: false),
        .render(
            "a page that cannot be written", ["bad.md": "# A\n", "out/bad.html/keep": "a folder in the way\n"],
            sees: "out/bad.html:1:1: error: WriteError: Is a directory", exit: 1),
        .render(
            "a broken template",
            ["bad.md": "# A\n", "theme/page.mustache": "{{#broken}}\n", "theme/index.mustache": "{{title}}\n", "theme/style.css": ""],
            arguments: ["--output", "out", "--template", "theme"],
            sees: "theme/page.mustache:2:1: error: invalid Mustache template (expectedSectionEnd)", exit: 2,
            companionRenders: false),
        .render(
            "a template folder that does not exist", ["bad.md": "# A\n"], arguments: ["--output", "out", "--template", "nowhere"],
            sees: "nowhere: error: no such template directory", exit: 2, companionRenders: false),
        .render(
            "a Graphviz failure",
            ["bad.md": "```micrograd\nfrom micrograd.engine import Value\ndraw_dot(Value(2.0) * 3)\n```\n"],
            environment: ["GVBINDIR": "/nonexistent"],
            sees: "bad.md:1:1: error: GraphvizError: Graphviz: Error: Layout type: \"dot\" not recognized. Use one of:",
            exit: 1),
            .hostileText,
        .hostileSummary,
        .hugeGraph,
    ]

    /// A front-matter summary built to end its attribute: a quote carrying a combining mark, which escaping over
    /// Characters let through. Rendered with `--safe`, where lessons may not inject markup.
    static let hostileSummary: BadInput = {
        var input = BadInput.render(
            "a summary that tries to end its attribute",
            ["bad.md": "---\ntitle: T\nsummary: \"x\\\"\\u0301 onmouseover=alert(1) y=\"\n---\n# T\n"],
            arguments: ["--output", "out", "--safe"], sees: "wrote 3 pages to out", exit: 0)
        input.pageContains = ["<meta name=\"description\" content=\"x&quot;\u{301} onmouseover=alert(1) y=\">"]
        input.pageLacks = ["content=\"x\"", "x\"\u{301}"]
        return input
    }()

    /// Labels and printed text full of quotes, braces, pipes, angle brackets, backslashes, newlines, entities
    /// and `<script>`: `check` shows them as written, the page escapes them, and the graph still draws.
    static let hostileText: BadInput = {
        let source = """
            from micrograd.engine import Value
            text = '"quotes" {braces} |pipes| <angle> back\\\\slash\\nnew line <script>alert(1)</script> &amp;'
            print(text)
            a = Value(2.0, label=text)
            b = a * a
            b.label = text
            draw_dot(b)
            """
        let label = #""quotes" {braces} |pipes| <angle> back\\slash\nnew line <script>alert(1)</script> &amp;"#
        let expected = """
            "quotes" {braces} |pipes| <angle> back\\slash
            new line <script>alert(1)</script> &amp;
            graph: 2 values, 1 operations
              #0 \(label) | data 2.0 | grad 0.0
              #1 \(label) = #0 * #0 | data 4.0 | grad 0.0
            """
        var input = BadInput.cell(
            "labels and printed text full of markup", source, sees: "2 passed, 0 failed (2 cells in 2 lessons)",
            exit: 0, expected: expected)
        let escaped = "&quot;quotes&quot; {braces} |pipes| &lt;angle&gt; back\\slash"
        input.pageContains = [
            "<pre>\(escaped)\nnew line &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</pre>",
            "font-size=\"11.00\">\(escaped)</text>",
            "font-size=\"11.00\">new line &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</text>",
        ]
        input.pageLacks = ["<script>alert"]
        return input
    }()

    /// `draw_dot` on a graph of 100,001 values: the page explains why it is not drawn, and the text lists the
    /// first thousand values.
    static let hugeGraph: BadInput = {
        var input = BadInput.cell(
            "draw_dot on a 100,000-value graph",
            "from micrograd.engine import Value\nx = Value(0.5)\nfor i in range(100000):\n    x = x.tanh()\ndraw_dot(x)",
            sees: "      … 99001 more values not listed (at most 1000 are)",
            summary: "1 passed, 1 failed (2 cells in 2 lessons); failures: bad.md:1 (no expected output)")
        input.renderMessage = "wrote 3 pages to out"
        input.renderExitCode = 0
        input.pageContains = ["This graph has 100001 values, more than the limit of 500, so it is not drawn."]
        return input
    }()
}
