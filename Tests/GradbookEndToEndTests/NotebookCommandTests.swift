import Foundation
import Notebook
import Testing

/// Jupyter notebooks through the executable: import, export, and notebooks as lessons for run, check and render.
@Suite struct NotebookCommandTests {
    /// A notebook of code cells with these sources and stored outputs (JSON text of each cell's outputs).
    static func notebook(_ cells: [(source: String, outputs: String)]) -> String {
        let json = cells.map { cell -> String in
            var source = ""
            JSONWriter.quote(cell.source, into: &source)
            return "  {\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [\(cell.outputs)], \"source\": \(source)}"
        }
        return "{\n \"cells\": [\n" + json.joined(separator: ",\n") + "\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 4\n}\n"
    }

    static func stream(_ text: String) -> String {
        var quoted = ""
        JSONWriter.quote(text, into: &quoted)
        return "{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": \(quoted)}"
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every lesson of the course, exported and imported back, has the same cells and outputs.
    @Test func exportThenImportIsTheIdentityOnTheCoursesCellsAndOutputs() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let course = GradbookProcess.repositoryRoot + "/Notebooks"
        let export = try GradbookProcess.run(["export", course, "--output", folder + "/ipynb"])
        #expect(export.exitCode == 0, "\(export.standardError)")
        let notebooks = try FileManager.default.contentsOfDirectory(atPath: folder + "/ipynb").filter { $0.hasSuffix(".ipynb") }.sorted()
        #expect(notebooks.count >= 9)
        let imported = try GradbookProcess.run(["import"] + notebooks.map { folder + "/ipynb/" + $0 } + ["--output", folder + "/lessons"])
        #expect(imported.exitCode == 0, "\(imported.standardError)")
        for notebook in notebooks {
            let name = String(notebook.dropLast(".ipynb".count)) + ".md"
            let original = try LessonParser.load(path: course + "/" + name)
            let back = try LessonParser.load(path: folder + "/lessons/" + name)
            #expect(back.cells.map(\.source) == original.cells.map(\.source), "\(name): sources")
            #expect(back.cells.map(\.options) == original.cells.map(\.options), "\(name): options")
            #expect(back.cells.map { $0.expected?.text } == original.cells.map { $0.expected?.text }, "\(name): outputs")
            #expect(back.frontMatter.seed == original.frontMatter.seed && back.title == original.title, "\(name): settings")
        }
        let again = try GradbookProcess.run(["export", course, "--output", folder + "/again"])
        for notebook in notebooks {
            #expect(read(folder + "/again/" + notebook) == read(folder + "/ipynb/" + notebook), "\(notebook) is byte-stable")
        }
        #expect(again.exitCode == 0)
    }

    @Test func checkRunsANotebookAgainstItsStoredOutputs() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let path = folder + "/n.ipynb"
        try write(
            Self.notebook([
                ("print(0.1 + 0.2)", Self.stream("0.30000000000000004\n")), ("print(len([1, 2]))", Self.stream("3\n")),
                ("undefined_name", ""),
            ]), to: path)
        let outcome = try GradbookProcess.run(["check", path, "--quiet"])
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.standardOutput == """
                \(path):cell 2: output differs from its stored outputs (tolerance 1e-09)
                --- expected
                +++ actual
                @@ -1 +1 @@
                -3
                +2
                \(path):cell 3:1:1: error: NameError: name 'undefined_name' is not defined
                    undefined_name
                    ^
                \(path):cell 3: failed; tag it `raises-exception` if the error is the point
                1 passed, 2 failed (3 cells in 1 lesson); failures: \(path):cell 2 (mismatch), \(path):cell 3 (unexpected error)

                """)
        let folderCheck = try GradbookProcess.run(["check", folder, "-k", "cell-1", "--quiet"])
        #expect(folderCheck.exitCode == 0)
        #expect(folderCheck.standardOutput == "1 passed, 0 failed, 2 deselected (1 cell in 1 lesson)\n")
    }

    @Test func checkUpdateRewritesOnlyTheOutputsOfANotebook() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let path = folder + "/n.ipynb"
        let original = Self.notebook([("print(6 * 7)", Self.stream("41\n")), ("x = 1", "")])
        try write(original, to: path)
        let update = try GradbookProcess.run(["check", "--update", path, "--quiet"])
        #expect(update.exitCode == 0, "\(update.standardOutput)\(update.standardError)")
        #expect(update.standardOutput.contains("\(path): updated the output of 1 cell (cell 1)\n"))
        let rewritten = "\"outputs\": [\n   {\n    \"name\": \"stdout\",\n    \"output_type\": \"stream\",\n    \"text\": [\n     \"42\\n\"\n    ]\n   }\n  ]"
        #expect(read(path) == original.replacingOccurrences(of: "\"outputs\": [\(Self.stream("41\n"))]", with: rewritten))
        #expect(try GradbookProcess.run(["check", path]).exitCode == 0)
    }

    @Test func importWritesALessonOnceAndNeverOverAnEditedOne() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let path = folder + "/demo.ipynb"
        try write(Self.notebook([("print(1)", Self.stream("1\n"))]), to: path)
        let first = try GradbookProcess.run(["import", path], in: folder)
        #expect(first.exitCode == 0)
        #expect(first.standardOutput == "imported \(path) as Notebooks/demo.md\n")
        #expect(read(folder + "/Notebooks/demo.md") == "```micrograd\nprint(1)\n```\n```output\n1\n```\n")
        let again = try GradbookProcess.run(["import", path], in: folder)
        #expect(again.standardOutput == "\(path): Notebooks/demo.md is unchanged\n")
        try write("# Edited\n", to: folder + "/Notebooks/demo.md")
        let refused = try GradbookProcess.run(["import", path], in: folder)
        #expect(refused.exitCode == 2)
        #expect(refused.standardError == "error: Notebooks/demo.md already exists and differs; not overwritten (add --force to replace it)\n")
        #expect(read(folder + "/Notebooks/demo.md") == "# Edited\n")
        #expect(try GradbookProcess.run(["import", path, "--force"], in: folder).exitCode == 0)
        #expect(try GradbookProcess.run(["check"], in: folder).exitCode == 0, "the lesson and the notebook both pass")
    }

    @Test func badNotebooksGetAnErrorThatNamesTheFileAndNothingIsWritten() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let cases: [(String, String)] = [
            ("not json", "bad.ipynb:1:1: error: NotebookError: not JSON: expected a value (an object, array, string, number, true, false or null)"),
            ("{\"nbformat\": 3, \"worksheets\": []}", "bad.ipynb:1:14: error: NotebookError: this is an nbformat 3 notebook; Gradbook reads nbformat 4 (convert it with `jupyter nbconvert --to notebook --nbformat 4`, or open and save it in Jupyter)"),
        ]
        for (text, message) in cases {
            try write(text, to: folder + "/bad.ipynb")
            for command in [["import", "bad.ipynb", "--output", "out"], ["check", "bad.ipynb", "--quiet"], ["run", "bad.ipynb"]] {
                let outcome = try GradbookProcess.run(command, in: folder)
                #expect(outcome.exitCode == 2, "\(command)")
                #expect(outcome.standardError.hasPrefix(message + "\n"), "\(command): \(outcome.standardError)")
                #expect(!outcome.signalled)
            }
            #expect(!FileManager.default.fileExists(atPath: folder + "/out/bad.md"))
        }
    }

    @Test func runAndRenderTakeNotebooks() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let notebook = """
            {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Shown\\n\\nMath $x^2$."},
              {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": "print(2 ** 10)"}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """
        try FileManager.default.createDirectory(atPath: folder + "/Notebooks", withIntermediateDirectories: true)
        try write(notebook, to: folder + "/Notebooks/nb.ipynb")
        let run = try GradbookProcess.run(["run", "Notebooks/nb.ipynb"], in: folder)
        #expect(run.standardOutput == "Notebooks/nb.ipynb:cell 2\n1024\n")
        let render = try GradbookProcess.run(["render", "--quiet"], in: folder)
        #expect(render.exitCode == 0, "\(render.standardError)")
        let page = read(folder + "/Output/nb.html") ?? ""
        #expect(page.contains("<pre>1024</pre>"))
        #expect(page.contains("<title>Shown"))
        #expect(page.contains("<math"))
    }

    @Test func exportWritesNotebooksWithPicturesAndSaysWhereItWroteThem() throws {
        let folder = try GradbookProcess.temporaryFolder()
        try write("# G\n\n```micrograd\na = Value(2.0, label='a')\ndraw_dot(a * 3)\n```\n", to: folder + "/g.md")
        let outcome = try GradbookProcess.run(["export", "g.md"], in: folder)
        #expect(outcome.exitCode == 0)
        #expect(outcome.standardOutput == "exported g.md as Output/g.ipynb\n")
        let text = read(folder + "/Output/g.ipynb") ?? ""
        #expect(text.contains("\"image/svg+xml\": [\n       \"<svg width="))
        #expect(text.contains("xmlns=\\\"http://www.w3.org/2000/svg\\\""))
        #expect(!text.contains("<!--") && !text.contains("%3"), "no comments and no anonymous graph title")
        #expect(try GradbookProcess.run(["export", "g.md", "--to", "html"], in: folder).exitCode == 2)
    }

    @Test func checkFailFastAndSanitizeFromTheCommandLine() throws {
        let folder = try GradbookProcess.temporaryFolder()
        try write("```micrograd\nprint('took 12 ms')\n```\n```output\ntook 3 ms\n```\n", to: folder + "/a.md")
        try write("```micrograd\nprint(1)\n```\n```output\n1\n```\n", to: folder + "/b.md")
        let fast = try GradbookProcess.run(["check", folder, "--fail-fast", "--quiet"])
        #expect(fast.exitCode == 1)
        #expect(fast.standardOutput.hasSuffix("""
            stopped at the first failure (--fail-fast): 1 lesson not checked
            0 passed, 1 failed (1 cell in 1 lesson); failures: \(folder)/a.md:5 (mismatch)

            """))
        try write("[timing]\nregex: \\d+ ms\nreplace: N ms\n", to: folder + "/timings.cfg")
        let sanitized = try GradbookProcess.run(["check", folder, "--sanitize", folder + "/timings.cfg", "--quiet"])
        #expect(sanitized.exitCode == 0)
        #expect(sanitized.standardOutput == "2 passed, 0 failed (2 cells in 2 lessons)\n")
        let badExpression = try GradbookProcess.run(["check", folder, "-k", "a and"])
        #expect(badExpression.exitCode == 2)
        #expect(badExpression.standardError.hasPrefix("Error: -k 'a and': at column 6: expected a word, 'not' or '('; got end of input\n"))
    }
}
