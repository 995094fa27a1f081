import Testing

@testable import Notebook

/// A cell that prints `\r` (a progress line, a Windows line ending) must pass `check` after `check --update`.
/// Found by the `lesson` fuzz target: the expected block reads back with `\r` as a line break, and the
/// comparison used to split only at `\n`, so the lesson failed forever after its update.
@Suite struct CarriageReturnOutputTests {
    @Test func carriageReturnsEndLinesWhenComparing() {
        #expect(OutputComparison.matches(expected: "50%\n100%\nx\ny", actual: "50%\r100%\nx\r\ny"))
        #expect(!OutputComparison.matches(expected: "50%100%", actual: "50%\r100%"))
    }

    @Test func anUpdateWithCarriageReturnsReadsBackAsTheSameOutput() throws {
        let source = "```micrograd\nprint('50%\\r100%')\n```\n"
        let document = try LessonParser.parse(source, path: "cr.md")
        let written = "50%\r100%\nx\r\ny"
        let updated = LessonUpdater.apply([0: written], to: document)
        #expect(updated == "```micrograd\nprint('50%\\r100%')\n```\n```output\n50%\n100%\nx\ny\n```\n")
        let reread = try LessonParser.parse(updated, path: "cr.md")
        let expected = try #require(reread.cells.first?.expected)
        #expect(OutputComparison.matches(expected: expected.text, actual: written, tolerance: 0))
    }
}
