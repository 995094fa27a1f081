import Testing

@testable import Notebook

/// A cell that prints a NUL: `check --update` used to write the NUL into the lesson, which the parser then
/// refused, so the update broke the lesson it was meant to fix.
@Suite struct NULOutputTests {
    @Test func aPrintedNULIsWrittenAsTheNULSymbolAndPassesAfterTheUpdate() throws {
        let source = "```micrograd\nprint('a\\0b')\n```\n"
        let checker = Checker()
        let check = checker.check(try LessonParser.parse(source, path: "nul.md"))
        #expect(check.updates == [0: "a\u{2400}b"])
        let updated = LessonUpdater.apply(check.updates, to: check.run.document)
        #expect(updated == "```micrograd\nprint('a\\0b')\n```\n```output\na\u{2400}b\n```\n")
        let again = checker.check(try LessonParser.parse(updated, path: "nul.md"))
        #expect(again.passed)
    }
}
