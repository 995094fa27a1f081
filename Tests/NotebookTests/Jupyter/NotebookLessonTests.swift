import Foundation
import MicrogradScript
import Testing

@testable import Notebook

/// A notebook read as a lesson: cells, options from tags, expected text from stored outputs, positions.
@Suite struct NotebookLessonTests {
    static func fixture() throws -> Document {
        try LessonParser.load(path: Fixture.path("notebooks/jupyter-written.ipynb"))
    }

    /// A notebook of code cells with these sources (and no outputs), as literal JSON.
    static func notebook(_ sources: [String], outputs: [String] = []) -> [UInt8] {
        let cells = sources.enumerated().map { index, source -> String in
            var text = ""
            JSONWriter.quote(source, into: &text)
            let stored = index < outputs.count ? outputs[index] : ""
            return "{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [\(stored)], \"source\": \(text)}"
        }
        return Array("{\"cells\": [\(cells.joined(separator: ", "))], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 4}".utf8)
    }

    @Test func codeCellsBecomeCellsWithTheirStoredOutputsAsExpectedText() throws {
        let document = try Self.fixture()
        #expect(document.format == .notebook)
        let cells = document.cells
        #expect(cells.map(\.notebookCell) == [2, 3, 4, 5, 6, 8])
        #expect(cells.map(\.notebookID) == ["print", "value", "figure", "error", "skipped", "streams"])
        #expect(cells.map(\.name) == ["cell-2", "cell-3", "cell-4", "cell-5", "cell-6", "cell-8"])
        #expect(cells[0].source == "x = 2\nprint('x is', x)\nprint('é ✓ \\u2028')\n")
        #expect(
            cells.map { $0.expected?.text } == [
                "x is 2\né ✓ \u{2028}", "7.0", "[<matplotlib.lines.Line2D at 0x7f3a9c0b2d30>]\n<Figure size 640x480 with 1 Axes>",
                "ZeroDivisionError: division by zero", nil, "a\nb",
            ])
    }

    @Test func tagsBecomeOptions() throws {
        let options = try Self.fixture().cells.map(\.options)
        #expect(options[3] == CellOptions(expectError: true))
        #expect(options[4] == CellOptions(hide: true, skip: true))
        #expect(options[5] == CellOptions(ignoreOutput: true))
        #expect(options[0] == CellOptions())
    }

    @Test func nbvalCommentMarkersAndStoredErrorsSetOptionsToo() throws {
        let error = "{\"output_type\": \"error\", \"ename\": \"E\", \"evalue\": \"v\", \"traceback\": []}"
        let document = try JupyterLesson.document(
            bytes: Self.notebook(["# NBVAL_SKIP\nx", "  #  NBVAL_IGNORE_OUTPUT\ny", "z", "# NBVAL_RAISES_EXCEPTION\nw"], outputs: ["", "", error]),
            path: "m.ipynb")
        #expect(document.cells.map(\.options) == [CellOptions(skip: true), CellOptions(ignoreOutput: true), CellOptions(expectError: true), CellOptions(expectError: true)])
    }

    @Test func theTitleIsTheFirstHeadingOfAnyLevelAndProseIsTheMarkdownCells() throws {
        let document = try Self.fixture()
        #expect(document.title == "A small notebook")
        guard case .prose(let prose) = document.blocks.first else { Issue.record("no prose first"); return }
        #expect(prose.markdown == "## A *small* notebook\n\nWith math $x^2$ and a quote \" and a tab\there.\n")
        #expect(document.blocks.count == 7, "one markdown cell and six code cells; the raw cell is left out")
    }

    @Test func positionsNameTheCellAndTheLineInsideIt() throws {
        let document = try JupyterLesson.document(bytes: Self.notebook(["a = 1", "b = a\nprint(c)"]), path: "n.ipynb")
        let run = Runner().run(document)
        let error = try #require(run.cells[1].error)
        #expect(error.formatted == "n.ipynb:cell 2:2:7: error: NameError: name 'c' is not defined")
        #expect(
            DiagnosticQuote.render(error, source: document.quotedText(for: error)) == """
                n.ipynb:cell 2:2:7: error: NameError: name 'c' is not defined
                    print(c)
                          ^
                """)
        let check = Checker().judge(run)
        #expect(
            CheckReport.describe(check.verdicts[1], in: document, style: .plain).hasSuffix(
                "n.ipynb:cell 2: failed; tag it `raises-exception` if the error is the point"))
    }

    @Test func aMismatchInANotebookCountsOutputLines() throws {
        let stream = "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"1\\n\", \"2\\n\", \"3\\n\"]}"
        let document = try JupyterLesson.document(bytes: Self.notebook(["print(1)\nprint(5)\nprint(3)"], outputs: [stream]), path: "n.ipynb")
        let check = Checker().check(document)
        #expect(
            CheckReport.describe(check.verdicts[0], in: document, style: .plain) == """
                n.ipynb:cell 1: output differs from its stored outputs (tolerance 1e-09)
                --- expected
                +++ actual
                @@ -1,3 +1,3 @@
                 1
                -2
                +5
                 3
                """)
    }

    @Test func settingsComeFromMetadataGradbook() throws {
        let text = """
            {"cells": [], "metadata": {"gradbook": {"seed": 7, "tolerance": 1e-06, "budget": 100, "graph_limit": 9, "summary": "S", "trust_html": true,
             "sanitize": [{"regex": "\\\\d+ ms", "replace": "N ms"}]}, "title": "From metadata"}, "nbformat": 4, "nbformat_minor": 5}
            """
        let document = try JupyterLesson.document(bytes: Array(text.utf8), path: "s.ipynb")
        #expect(
            document.frontMatter
                == FrontMatter(
                    title: "From metadata", summary: "S", seed: 7, tolerance: 1e-6, budget: 100, graphLimit: 9,
                    sanitize: [Sanitizer(pattern: "\\d+ ms", replacement: "N ms")], trustHTML: true))
    }

    @Test func foldersHoldNotebooksAsLessonsButNotCheckpoints() throws {
        let folder = Fixture.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/.ipynb_checkpoints", withIntermediateDirectories: true)
        for name in ["b.ipynb", "a.md", ".ipynb_checkpoints/b-checkpoint.ipynb", "c.txt"] {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        #expect(try LessonFinder.lessons(in: [folder]) == [folder + "/a.md", folder + "/b.ipynb"])
    }
}

/// A figure that Jupyter stored compares as matplotlib's repr of it, whatever dots per inch the front end that
/// stored it used; a lesson's own output blocks keep Gradbook's description of the plot.
@Suite struct NotebookFigureTests {
    @Test func aStoredFigureMatchesTheFigureTheCellDraws() throws {
        let stored = """
            {"output_type": "execute_result", "execution_count": 1, "metadata": {}, \
            "data": {"text/plain": "<matplotlib.collections.PathCollection at 0x7f3a9c0b2d30>"}}, \
            {"output_type": "display_data", "metadata": {}, \
            "data": {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure size 360x360 with 1 Axes>"}}
            """
        let document = try JupyterLesson.document(
            bytes: NotebookLessonTests.notebook(
                ["import matplotlib.pyplot as plt\nplt.figure(figsize=(5, 5))\nplt.scatter([1, 2], [3, 4])"],
                outputs: [stored]),
            path: "figure.ipynb")
        let run = Runner().run(document)
        #expect(Checker().judge(run).verdicts.map(\.status) == [.passed])
        #expect(run.cells[0].jupyterText.hasSuffix("<Figure size 500x500 with 1 Axes>"))
        #expect(run.cells[0].plainText.contains("scatter: 2 points"))
    }

    @Test func figureSizesAreSanitized() {
        let sanitizers = SanitizerSet([Sanitizer.figureSizes])
        #expect(sanitizers.apply("<Figure size 360x360 with 1 Axes>") == sanitizers.apply("<Figure size 500x500 with 1 Axes>"))
        #expect(sanitizers.apply("<Figure size 432x288 with 2 Axes>") != sanitizers.apply("<Figure size 640x480 with 1 Axes>"))
    }
}
