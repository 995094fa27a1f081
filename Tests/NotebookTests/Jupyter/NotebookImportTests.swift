import Foundation
import Testing

@testable import Notebook

/// `gradbook import`: a notebook as a Markdown lesson.
@Suite struct NotebookImportTests {
    private func lesson(_ bytes: [UInt8], path: String = "n.ipynb") throws(LessonError) -> JupyterImport.Lesson {
        let document = try JupyterLesson.document(bytes: bytes, path: path)
        return try JupyterImport.lesson(from: document, notebook: try JupyterReader.read(bytes, path: path))
    }

    @Test func aNotebookJupyterWroteBecomesThisLesson() throws {
        let data = try #require(FileManager.default.contents(atPath: Fixture.path("notebooks/jupyter-written.ipynb")))
        let imported = try lesson([UInt8](data), path: "jupyter-written.ipynb")
        #expect(
            imported.text == """
                ---
                title: "A small notebook"
                ---

                ## A *small* notebook

                With math $x^2$ and a quote " and a tab\there.

                ```micrograd
                x = 2
                print('x is', x)
                print('é ✓ \\u2028')
                ```
                ```output
                x is 2
                é ✓ \u{2028}
                ```

                ```micrograd
                x * 3.5
                ```
                ```output
                7.0
                ```

                ```micrograd
                plt.plot([1, 2])
                ```
                ```output
                [<matplotlib.lines.Line2D at 0x7f3a9c0b2d30>]
                <Figure size 640x480 with 1 Axes>
                ```

                ```micrograd expect-error
                1 / 0
                ```
                ```output
                ZeroDivisionError: division by zero
                ```

                ```micrograd hide skip
                while True:
                    pass
                ```

                ```micrograd ignore-output
                print('a')
                print('b', end='')
                ```
                ```output
                a
                b
                ```

                """)
        #expect(
            imported.notes == [
                "jupyter-written.ipynb: dropped 2 pictures (image/png, image/svg+xml) of cell 4; gradbook render draws figures again",
                "jupyter-written.ipynb: dropped raw cell 7; a lesson has no raw cells",
            ])
        #expect(try lesson([UInt8](data), path: "jupyter-written.ipynb") == imported, "the same notebook gives the same bytes")
    }

    @Test func theLessonPassesCheckWhenGradbookReproducesTheOutputs() throws {
        let stream = "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"2\\n\"]}"
        let value = "{\"output_type\": \"execute_result\", \"execution_count\": 2, \"metadata\": {}, \"data\": {\"text/plain\": [\"0.30000000000000004\"]}}"
        let error = "{\"output_type\": \"error\", \"ename\": \"ZeroDivisionError\", \"evalue\": \"division by zero\", \"traceback\": []}"
        let bytes = NotebookLessonTests.notebook(["print(1 + 1)", "3 * 0.1", "1 / 0", "y = 2"], outputs: [stream, value, error])
        let notebook = try JupyterLesson.document(bytes: bytes, path: "n.ipynb")
        let imported = try LessonParser.parse(try lesson(bytes).text, path: "n.md")
        for document in [notebook, imported] {
            #expect(Checker().check(document).verdicts.map(\.status) == [.passed, .passed, .passed, .passed], "\(document.path)")
        }
    }

    @Test func aMarkdownCellThatWouldChangeTheCellsIsRefused() throws {
        let text = """
            {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "Look:\\n```micrograd\\nx\\n```"},
             {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "y"}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """
        do {
            _ = try lesson(Array(text.utf8))
        } catch {
            #expect(
                error.report
                    == "n.ipynb:1:1: error: ImportError: its Markdown would change the lesson's cells (2 cells instead of 1): a markdown cell holds a ```micrograd or ```output block, or leaves a fence open; not imported")
            return
        }
        Issue.record("the notebook was imported")
    }

    @Test func codeHoldingFencesGetsALongerFence() throws {
        let imported = try lesson(NotebookLessonTests.notebook(["s = '''\n```\n'''"]))
        #expect(imported.text == "````micrograd\ns = '''\n```\n'''\n````\n")
    }

    @Test func settingsBecomeFrontMatter() throws {
        let text = """
            {"cells": [{"cell_type": "code", "execution_count": null, "metadata": {"gradbook": {"budget": 10, "tolerance": 0.5}}, "outputs": [], "source": "x"}],
             "metadata": {"gradbook": {"title": "T: \\"quoted\\"", "seed": 3, "tolerance": 1e-06, "sanitize": [{"regex": "\\\\d+", "replace": "N"}]}},
             "nbformat": 4, "nbformat_minor": 4}
            """
        let imported = try lesson(Array(text.utf8))
        #expect(
            imported.text == """
                ---
                title: "T: \\"quoted\\""
                seed: 3
                tolerance: 1e-06
                sanitize:
                  - regex: "\\\\d+"
                    replace: "N"
                ---

                ```micrograd budget=10 tolerance=0.5
                x
                ```

                """)
    }
}
