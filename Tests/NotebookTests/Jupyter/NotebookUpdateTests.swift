import Foundation
import MicrogradScript
import Testing

@testable import Notebook

/// `check --update` on a notebook: only the outputs of updated cells change, in the file's own layout.
@Suite struct NotebookUpdateTests {
    private func fixture() throws -> (Document, String) {
        let path = Fixture.path("notebooks/jupyter-written.ipynb")
        let data = try #require(FileManager.default.contents(atPath: path))
        return (try LessonParser.load(path: path), String(decoding: data, as: UTF8.self))
    }

    @Test func theSameOutputsGiveTheSameBytes() throws {
        let (document, original) = try fixture()
        #expect(try JupyterUpdater.apply([1: [.value("7.0")]], to: document) == original)
        #expect(try JupyterUpdater.apply([:], to: document) == original)
    }

    @Test func onlyTheUpdatedCellsOutputsChange() throws {
        let (document, original) = try fixture()
        let updated = try JupyterUpdater.apply([0: [.text("x is 3\n"), .value("3")]], to: document)
        let before = """
               "outputs": [
                {
                 "name": "stdout",
                 "output_type": "stream",
                 "text": [
                  "x is 2\\n",
                  "é ✓ \u{2028}",
                  "\\n"
                 ]
                }
               ],
            """
        let after = """
               "outputs": [
                {
                 "name": "stdout",
                 "output_type": "stream",
                 "text": [
                  "x is 3\\n"
                 ]
                },
                {
                 "data": {
                  "text/plain": [
                   "3"
                  ]
                 },
                 "execution_count": 1,
                 "metadata": {},
                 "output_type": "execute_result"
                }
               ],
            """
        #expect(original.contains(before))
        #expect(updated == original.replacingOccurrences(of: before, with: after))
    }

    @Test func aNotebookOnOneLineStaysOnOneLine() throws {
        let text = #"{"cells": [{"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": "1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}"#
        let document = try JupyterLesson.document(bytes: Array(text.utf8), path: "m.ipynb")
        #expect(
            try JupyterUpdater.apply([0: [.value("1")]], to: document)
                == text.replacingOccurrences(
                    of: #""outputs": []"#,
                    with: #""outputs": [{"data": {"text/plain": ["1"]}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}]"#))
    }

    @Test func anIndentOfTwoAndWindowsLineEndsAreKept() throws {
        let text = "{\r\n  \"cells\": [\r\n    {\r\n      \"cell_type\": \"code\",\r\n      \"execution_count\": null,\r\n      \"metadata\": {},\r\n      \"outputs\": [],\r\n      \"source\": \"print(1)\"\r\n    }\r\n  ],\r\n  \"metadata\": {},\r\n  \"nbformat\": 4,\r\n  \"nbformat_minor\": 4\r\n}\r\n"
        let document = try JupyterLesson.document(bytes: Array(text.utf8), path: "w.ipynb")
        let updated = try JupyterUpdater.apply([0: [.text("1\n")]], to: document)
        #expect(
            updated
                == text.replacingOccurrences(
                    of: "\"outputs\": [],",
                    with: "\"outputs\": [\r\n        {\r\n          \"name\": \"stdout\",\r\n          \"output_type\": \"stream\",\r\n          \"text\": [\r\n            \"1\\n\"\r\n          ]\r\n        }\r\n      ],"))
    }

    @Test func checkUpdateRewritesANotebookAndThenItPasses() throws {
        let folder = Fixture.temporaryFolder()
        let path = folder + "/n.ipynb"
        let stale = "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"3\\n\"]}"
        _ = FileManager.default.createFile(
            atPath: path, contents: Data(NotebookLessonTests.notebook(["print(1 + 1)", "1 / 0", "print('new')"], outputs: [stale]))
        )
        let update = CheckInvocation(paths: [path], update: true).perform()
        #expect(update.exitCode == 1, "the unexpected error is still a failure")
        #expect(
            update.standardOutput.hasPrefix("""
                \(path):cell 1: replaced its outputs
                --- before
                +++ after
                @@ -1 +1 @@
                -3
                +2
                \(path):cell 3: stored its outputs (1 line)
                \(path): updated the output of 2 cells (cells 1, 3)
                """))
        let rewritten = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        #expect(!rewritten.contains("ZeroDivisionError"), "an unexpected error is never stored as an expected output")
        let again = CheckInvocation(paths: [path]).perform()
        #expect(again.standardOutput.hasSuffix("2 passed, 1 failed (3 cells in 1 lesson); failures: \(path):cell 2 (unexpected error)\n"))
    }
}
