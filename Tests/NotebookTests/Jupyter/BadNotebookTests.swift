import Foundation
import Testing

@testable import Notebook

/// Notebooks that are broken in the ways real files are: each gets one clear diagnostic that names the file
/// and, where it can, the place in the JSON.
@Suite struct BadNotebookTests {
    private func problem(_ text: String) -> String? {
        problem(Array(text.utf8))
    }

    private func problem(_ bytes: [UInt8]) -> String? {
        do {
            _ = try JupyterLesson.document(bytes: bytes, path: "bad.ipynb")
            return nil
        } catch {
            #expect(error.path == "bad.ipynb")
            #expect(error.diagnostics.count == 1)
            return error.diagnostics.first?.formatted
        }
    }

    /// A notebook with `cells` (JSON text) and nbformat 4.5.
    private func notebook(_ cells: String, format: String = "4") -> String {
        "{\n \"cells\": [\(cells)],\n \"metadata\": {},\n \"nbformat\": \(format),\n \"nbformat_minor\": 5\n}\n"
    }

    @Test func textThatIsNotJSON() {
        #expect(problem("{\"cells\": [}") == "bad.ipynb:1:12: error: NotebookError: not JSON: expected a value (an object, array, string, number, true, false or null)")
        #expect(problem("<html>") == "bad.ipynb:1:1: error: NotebookError: not JSON: expected a value (an object, array, string, number, true, false or null)")
        #expect(problem("[]") == "bad.ipynb:1:1: error: NotebookError: a notebook is a JSON object, not an array")
    }

    @Test func olderAndNewerFormats() {
        #expect(
            problem("{\"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": []}")
                == "bad.ipynb:1:14: error: NotebookError: this is an nbformat 3 notebook; Gradbook reads nbformat 4 (convert it with `jupyter nbconvert --to notebook --nbformat 4`, or open and save it in Jupyter)")
        #expect(problem(notebook("", format: "5")) == "bad.ipynb:4:14: error: NotebookError: this is an nbformat 5 notebook; Gradbook reads nbformat 4")
        #expect(problem("{\"cells\": []}") == "bad.ipynb:1:1: error: NotebookError: this is not a Jupyter notebook: it has no 'nbformat'")
    }

    @Test func missingAndMistypedKeys() {
        #expect(problem("{\"nbformat\": 4}") == "bad.ipynb:1:1: error: NotebookError: the notebook has no 'cells'")
        #expect(problem(notebook("{\"source\": \"x\"}")) == "bad.ipynb:2:12: error: NotebookError: cell 1 has no 'cell_type'")
        #expect(problem(notebook("{\"cell_type\": \"code\", \"outputs\": []}")) == "bad.ipynb:2:12: error: NotebookError: cell 1 has no 'source'")
        #expect(problem(notebook("{\"cell_type\": \"code\", \"source\": \"x\"}")) == "bad.ipynb:2:12: error: NotebookError: cell 1 has no 'outputs'")
        #expect(problem(notebook("{\"cell_type\": \"code\", \"source\": 3, \"outputs\": []}")) == "bad.ipynb:2:44: error: NotebookError: 'source' must be a string or an array of strings, not a number")
        #expect(problem(notebook("{\"cell_type\": \"chart\", \"source\": \"\"}")) == "bad.ipynb:2:26: error: NotebookError: cell 1 has the unknown cell_type 'chart' (known: markdown, code, raw)")
        #expect(
            problem(notebook("{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"stream\", \"text\": \"a\"}]}"))
                == "bad.ipynb:2:60: error: NotebookError: an output of cell 1 has no 'name'")
        #expect(
            problem(notebook("{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"bell\"}]}"))
                == "bad.ipynb:2:76: error: NotebookError: an output of cell 1 has the unknown output_type 'bell' (known: stream, display_data, execute_result, error)")
        #expect(
            problem(notebook("{\"cell_type\": \"markdown\", \"source\": \"\", \"metadata\": {\"gradbook\": {\"budget\": 5}}}, {\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [], \"metadata\": {\"gradbook\": {\"budgt\": 5}}}"))
                == "bad.ipynb:2:180: error: NotebookError: cell 2 has the unknown 'metadata.gradbook' key 'budgt' (known: budget, tolerance)")
    }

    @Test func aCellOfTenMegabytes() {
        let huge = String(repeating: "x = 100\\n", count: 10 << 20 / 8)
        #expect(
            problem(notebook("{\"cell_type\": \"code\", \"source\": \"\(huge)\", \"outputs\": []}"))
                == "bad.ipynb:2:44: error: NotebookError: cell 1 holds 10.0 MB of source, more than the 1.0 MB a cell may hold")
    }

    @Test func hugeStoredOutputs() {
        let line = String(repeating: "y", count: 999) + "\\n"
        let output = "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"\(String(repeating: line, count: 600))\"}"
        let outputs = Array(repeating: output, count: 2).joined(separator: ", ")
        let text = problem(notebook("{\"cell_type\": \"code\", \"source\": \"print(x)\", \"outputs\": [\(outputs)]}"))
        #expect(text?.hasSuffix("error: NotebookError: cell 1's stored outputs hold more than 1000000 characters of text, more than a cell may print; clear its output in Jupyter") == true)
    }

    @Test func nulBytesRawAndEscaped() {
        var bytes = Array(notebook("{\"cell_type\": \"code\", \"source\": \"aXb\", \"outputs\": []}").utf8)
        if let x = bytes.firstIndex(of: UInt8(ascii: "X")) { bytes[x] = 0 }
        #expect(problem(bytes) == "bad.ipynb:2:46: error: NotebookError: not JSON: a control character (U+0000) must be escaped in a string")
        #expect(
            problem(notebook("{\"cell_type\": \"code\", \"source\": \"a\\u0000b\", \"outputs\": []}"))
                == "bad.ipynb:2:44: error: NotebookError: cell 1's source contains a NUL character (\\u0000)")
    }

    @Test func duplicateCellIDs() {
        let cell = "{\"cell_type\": \"markdown\", \"id\": \"same\", \"source\": \"\"}"
        #expect(
            problem(notebook("\(cell),\n  \(cell)"))
                == "bad.ipynb:3:35: error: NotebookError: cell 2 has the id 'same', which cell 1 has too; cell ids must be unique")
    }

    @Test func theReportQuotesTheLineOfTheJSON() throws {
        do {
            _ = try JupyterLesson.document(bytes: Array(notebook("{\"cell_type\": \"chart\", \"source\": \"\"}").utf8), path: "bad.ipynb")
            Issue.record("the notebook was accepted")
        } catch {
            #expect(
                error.report == """
                    bad.ipynb:2:26: error: NotebookError: cell 1 has the unknown cell_type 'chart' (known: markdown, code, raw)
                         "cells": [{"cell_type": "chart", "source": ""}],
                                                 ^
                    """)
        }
    }

    /// Bytes cut from a real notebook at every length must give a document or a diagnostic, never a crash.
    @Test func everyPrefixOfANotebookIsReadOrRefused() throws {
        let data = try #require(FileManager.default.contents(atPath: Fixture.path("notebooks/jupyter-written.ipynb")))
        let bytes = [UInt8](data)
        var refused = 0
        for length in stride(from: 0, to: bytes.count, by: 7) {
            do {
                _ = try JupyterLesson.document(bytes: Array(bytes[..<length]), path: "cut.ipynb")
            } catch {
                refused += 1
                #expect(error.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 })
            }
        }
        #expect(refused == (bytes.count + 6) / 7, "only the whole file is a notebook")
    }

    /// Random damage to a real notebook (a seeded generator, so every run tries the same files): each file is
    /// read and imported, or refused with diagnostics inside it.
    @Test func damagedNotebooksAreReadOrRefusedNeverCrash() throws {
        let data = try #require(FileManager.default.contents(atPath: Fixture.path("notebooks/jupyter-written.ipynb")))
        let original = [UInt8](data)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
        }
        let interesting: [UInt8] = Array("{}[],:\"\\0 \n".utf8) + [0, 0xFF, 0xC3]
        var imported = 0
        for _ in 0..<400 {
            var bytes = original
            for _ in 0..<(1 + next(3)) {
                let position = next(bytes.count)
                switch next(3) {
                case 0: bytes[position] = interesting[next(interesting.count)]
                case 1: bytes.insert(interesting[next(interesting.count)], at: position)
                default: bytes.remove(at: position)
                }
            }
            do {
                let document = try JupyterLesson.document(bytes: bytes, path: "d.ipynb")
                _ = try JupyterImport.lesson(from: document, notebook: try JupyterReader.read(bytes, path: "d.ipynb"))
                imported += 1
            } catch {
                #expect(!error.diagnostics.isEmpty && error.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 })
            }
        }
        #expect(imported > 0, "some damage (inside a string) leaves a notebook")
    }
}
