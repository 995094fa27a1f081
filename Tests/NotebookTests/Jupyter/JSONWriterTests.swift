import Foundation
import Testing

@testable import Notebook

@Suite struct JSONWriterTests {
    @Test func writesAsPythonsJSONWithIndentOne() {
        let value = JSONValue.object([
            JSONMember("list", .array([.integer(1), .string("two")])), JSONMember("empty", .array([])),
            JSONMember("nested", .object([JSONMember("none", .null), JSONMember("no", .object([]))])),
        ])
        #expect(
            JSONWriter.text(value) == """
                {
                 "list": [
                  1,
                  "two"
                 ],
                 "empty": [],
                 "nested": {
                  "none": null,
                  "no": {}
                 }
                }
                """)
        #expect(JSONWriter.text(value, indent: nil) == #"{"list": [1, "two"], "empty": [], "nested": {"none": null, "no": {}}}"#)
    }

    @Test func escapesWhatPythonEscapesWithEnsureASCIIFalse() {
        var text = ""
        JSONWriter.quote("\" \\ / \n\r\t\u{8}\u{C} \u{1}\u{1F} \u{7F} é \u{2028} 😀", into: &text)
        #expect(text == #""\" \\ / \n\r\t\b\f \u0001\u001f "# + "\u{7F} é \u{2028} 😀\"")
    }

    @Test func sortsKeysByCodePointAsPythonDoes() {
        let value = JSONValue.object([JSONMember("b", .null), JSONMember("B", .null), JSONMember("é", .null), JSONMember("a", .object([JSONMember("z", .null), JSONMember("y", .null)]))])
        #expect(JSONWriter.text(JSONWriter.sortingKeys(value), indent: nil) == #"{"B": null, "a": {"y": null, "z": null}, "b": null, "é": null}"#)
    }

    /// The fixture was written by nbformat (see `make-fixtures.py`); read and written back, it is the same bytes.
    @Test func aNotebookJupyterWroteIsWrittenBackByteForByte() throws {
        let data = try #require(FileManager.default.contents(atPath: Fixture.path("notebooks/jupyter-written.ipynb")))
        let root = try JSONReader.read([UInt8](data))
        #expect(JSONWriter.text(root) + "\n" == String(decoding: data, as: UTF8.self))
        #expect(JSONWriter.text(JSONWriter.sortingKeys(root)) + "\n" == String(decoding: data, as: UTF8.self))
    }

    @Test func splitsLinesAsPythonsSplitlinesKeepingEnds() {
        #expect(PythonLines.split("") == [])
        #expect(PythonLines.split("a") == ["a"])
        #expect(PythonLines.split("a\nb\n") == ["a\n", "b\n"])
        #expect(PythonLines.split("a\r\nb\rc\u{B}d\u{C}e\u{1C}f\u{85}g\u{2028}h\u{2029}") == ["a\r\n", "b\r", "c\u{B}", "d\u{C}", "e\u{1C}", "f\u{85}", "g\u{2028}", "h\u{2029}"])
        #expect(PythonLines.split("\n\n") == ["\n", "\n"])
    }
}
