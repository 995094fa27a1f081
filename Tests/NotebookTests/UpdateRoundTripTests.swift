import Foundation
import Testing

@testable import Notebook

/// `--update` on every shape of lesson with every awkward output: the block reads back as the output, the bytes
/// outside it stay as they were, and a second update changes nothing.
@Suite struct UpdateRoundTripTests {
    /// Lessons with one cell, as (name, text before the cell's block, an existing block or "", text after).
    static let shapes: [(name: String, before: String, block: String, after: String)] = [
        ("backticks, no block", "# T\n\n```micrograd\nx\n```\n", "", "\nAfter.\n"),
        ("backticks, block", "# T\n\n```micrograd\nx\n```\n", "```output\nold\n```\n", "\nAfter.\n"),
        ("tildes, block", "~~~micrograd\nx\n~~~\n", "~~~output\nold\n~~~\n", "After.\n"),
        ("tildes, no block", "~~~micrograd\nx\n~~~\n", "", "After.\n"),
        ("long fence", "```micrograd\nx\n```\n", "`````output\nold\n`````\n", ""),
        ("indented", "  ```micrograd\n  x\n  ```\n", "  ```output\n  old\n  ```\n", "text\n"),
        ("indented, no block", "   ```micrograd\n   x\n   ```\n", "", "text\n"),
        ("CRLF", "---\r\ntitle: T\r\n---\r\n```micrograd\r\nx\r\n```\r\n", "```output\r\nold\r\n```\r\n", "After.\r\n"),
        ("CRLF, no block", "```micrograd\r\nx\r\n```\r\n", "", "After.\r\n"),
        ("no final newline", "```micrograd\nx\n```\n", "```output\nold\n```", ""),
        ("no final newline, no block", "```micrograd\nx\n```", "", ""),
        ("blank line before block", "```micrograd\nx\n```\n\n", "```output\nold\n```\n", "\nEnd\n"),
    ]

    /// Outputs that could break a naive writer.
    static let outputs = [
        "plain", "", "two\nlines", "```", "````\n```", "~~~", "~~~~~\n~~~", "  leading spaces", "\tTab",
        "trailing   ", "\n\nafter blanks", "a\rb", "a\r\nb", "nul\0byte", "    ```", "` `` ```", "end\n",
    ]

    @Test(arguments: shapes.indices) func everyOutputRoundTrips(_ shape: Int) throws {
        let (name, before, block, after) = Self.shapes[shape]
        let original = before + block + after
        let document = try LessonParser.parse(original, path: "a.md")
        #expect(document.cells.count == 1, "\(name)")
        for output in Self.outputs {
            let updated = LessonUpdater.apply([0: output], to: document)
            let reparsed = try LessonParser.parse(updated, path: "a.md")
            let stored = try #require(reparsed.cells.first?.expected, "\(name): \(output.debugDescription)")
            #expect(
                OutputComparison.matches(expected: stored.text, actual: ExpectedOutput.storable(output), tolerance: 0),
                "\(name): \(output.debugDescription) came back as \(stored.text.debugDescription)")
            #expect(updated.hasPrefix(before), "\(name): the text before the block changed")
            #expect(updated.hasSuffix(after), "\(name): the text after the block changed")
            #expect(LessonUpdater.apply([0: output], to: reparsed) == updated, "\(name): \(output.debugDescription)")
            #expect(!updated.unicodeScalars.contains("\0"))
            if original.contains("\r\n") {
                #expect(!updated.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(name): mixed line endings")
            }
        }
    }

    @Test func theAuthorsFenceLinesAreKeptWhenTheyStillFit() throws {
        let tildes = try LessonParser.parse("~~~micrograd\nx\n~~~\n~~~~ output  \nold\n~~~~~\n", path: "a.md")
        #expect(LessonUpdater.apply([0: "new"], to: tildes) == "~~~micrograd\nx\n~~~\n~~~~ output  \nnew\n~~~~~\n")
        #expect(LessonUpdater.apply([0: "~~~~~~"], to: tildes) == "~~~micrograd\nx\n~~~\n~~~~~~~ output  \n~~~~~~\n~~~~~~~\n")
        let inserted = try LessonParser.parse("~~~micrograd\nx\n~~~\n", path: "a.md")
        #expect(LessonUpdater.apply([0: "1"], to: inserted) == "~~~micrograd\nx\n~~~\n~~~output\n1\n~~~\n")
    }

    @Test func indentedBlocksKeepTheOutputsLeadingSpaces() throws {
        let document = try LessonParser.parse("  ```micrograd\n  x\n  ```\n", path: "a.md")
        let updated = LessonUpdater.apply([0: " one\n\n   three"], to: document)
        #expect(updated == "  ```micrograd\n  x\n  ```\n  ```output\n   one\n\n     three\n  ```\n")
        #expect(try LessonParser.parse(updated, path: "a.md").cells.first?.expected?.text == " one\n\n   three")
    }
}
