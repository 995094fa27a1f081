import Foundation
import MicrogradScript
import Testing

@testable import Notebook

/// `gradbook export`: a lesson and its fresh outputs as an nbformat 4.5 notebook.
@Suite struct NotebookExportTests {
    static let lesson = """
        ---
        title: Export
        seed: 3
        ---
        # Export

        Some *prose* with $x$.

        ```micrograd
        print(1)
        1 + 1
        ```

        More.

        ```micrograd expect-error
        boom
        ```

        ```micrograd hide skip budget=5000
        x = 1
        ```

        """

    /// The fixture was built with nbformat from the same cells and outputs (`make-fixtures.py`), so equal
    /// bytes mean Gradbook writes what Jupyter would.
    @Test func writesWhatNbformatWritesForTheSameNotebook() throws {
        let document = try LessonParser.parse(Self.lesson, path: "export.md")
        let written = JupyterExport.notebook(Runner().run(document), mapping: JupyterOutputMapping())
        let fixture = try #require(FileManager.default.contents(atPath: Fixture.path("notebooks/exported.ipynb")))
        #expect(written == String(decoding: fixture, as: UTF8.self))
    }

    @Test func importGivesBackTheSameCellsAndOutputs() throws {
        let lesson = """
            # Round trip

            ```micrograd
            print("a\\nb")
            [1.5, 'x']
            ```
            ```output
            a
            b
            [1.5, 'x']
            ```

            ```micrograd expect-error
            Value(2.0) + "three"
            ```
            ```output
            TypeError: unsupported operand type(s) for +: 'Value' and 'str'
            ```

            ```micrograd hide
            h = 1
            ```

            ```micrograd ignore-output tolerance=0.5
            print(h)
            ```
            ```output
            1
            ```

            """
        let original = try LessonParser.parse(lesson, path: "round.md")
        #expect(Checker().check(original).passed)
        let notebook = JupyterExport.notebook(Runner().run(original), mapping: JupyterOutputMapping())
        let bytes = Array(notebook.utf8)
        let back = try JupyterLesson.document(bytes: bytes, path: "round.ipynb")
        let imported = try JupyterImport.lesson(from: back, notebook: try JupyterReader.read(bytes, path: "round.ipynb"))
        let reread = try LessonParser.parse(imported.text, path: "round.md")
        #expect(reread.cells.map(\.source) == original.cells.map(\.source))
        #expect(reread.cells.map(\.options) == original.cells.map(\.options))
        #expect(reread.cells.map { $0.expected?.text } == original.cells.map { $0.expected?.text })
        #expect(reread.title == "Round trip")
    }

    @Test func picturesGetTheirSVGBesideTheirText() throws {
        var axes = Plot.Axes()
        try axes.plot(xs: [0, 1], ys: [1, 2])
        let plot = Plot(axes: axes)
        let mapping = JupyterOutputMapping { output in
            if case .plot = output { return "<svg/>" }
            return nil
        }
        let outputs = mapping.outputs(for: [.plot(plot)], executionCount: 1, lineOffset: 0)
        #expect(
            outputs == [
                .displayData(
                    data: [JSONMember("image/svg+xml", .string("<svg/>")), JSONMember("text/plain", .string(plot.plainText))],
                    metadata: .object([]))
            ])
        #expect(
            JSONWriter.text(outputs[0].json) == """
                {
                 "data": {
                  "image/svg+xml": [
                   "<svg/>"
                  ],
                  "text/plain": [
                   "plot: 1 series\\n",
                   "  line: 2 points, x 0.0 … 1.0, y 1.0 … 2.0, first (0.0, 1.0), last (1.0, 2.0)"
                  ]
                 },
                 "metadata": {},
                 "output_type": "display_data"
                }
                """)
    }
}
