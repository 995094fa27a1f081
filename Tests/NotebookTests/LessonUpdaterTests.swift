import Foundation
import Testing

@testable import Notebook

@Suite struct LessonUpdaterTests {
    @Test func noUpdatesGiveIdenticalBytes() throws {
        let document = try #require(try? Fixture.parse("update-roundtrip.md").get())
        #expect(LessonUpdater.apply([:], to: document) == document.source)
    }

    @Test func insertsAndReplacesOnlyOutputBlocks() throws {
        let document = try #require(try? Fixture.parse("update-roundtrip.md").get())
        let updated = LessonUpdater.apply([1: "6", 2: "fresh"], to: document)
        #expect(
            updated == """
                ---
                title: Round trip
                seed: 42
                ---

                # Round trip

                Prose with *emphasis* and trailing spaces.   

                ```micrograd
                a = 2
                ```

                ```micrograd hide
                print(a * 3)
                ```
                ```output
                6
                ```

                Between.
                ```micrograd
                print("stale")
                ```

                ```output
                fresh
                ```
                Last line without newline
                """)
        let reparsed = try LessonParser.parse(updated, path: "again.md")
        #expect(reparsed.cells.map { $0.expected?.text } == [nil, "6", "fresh"])
        #expect(LessonUpdater.apply([1: "6", 2: "fresh"], to: reparsed) == updated)
    }

    @Test func lengthensTheFenceWhenTheOutputHoldsBackticks() throws {
        let document = try #require(Fixture.document("```micrograd\nx\n```\n"))
        let updated = LessonUpdater.apply([0: "a\n```\n`````b"], to: document)
        #expect(updated == "```micrograd\nx\n```\n``````output\na\n```\n`````b\n``````\n")
        #expect(try LessonParser.parse(updated, path: "a.md").cells.first?.expected?.text == "a\n```\n`````b")
    }

    @Test func emptyOutputGetsAnEmptyBlock() throws {
        let document = try #require(Fixture.document("```micrograd\nx\n```\n```output\nold\n```\n"))
        #expect(LessonUpdater.apply([0: ""], to: document) == "```micrograd\nx\n```\n```output\n```\n")
    }

    @Test func keepsWindowsLineEndingsAndMissingFinalNewline() throws {
        let document = try #require(Fixture.document("```micrograd\r\nx\r\n```"))
        #expect(LessonUpdater.apply([0: "1\n2"], to: document) == "```micrograd\r\nx\r\n```\r\n```output\r\n1\r\n2\r\n```\r\n")
        let replaced = try #require(Fixture.document("```micrograd\nx\n```\n```output\nold\n```"))
        #expect(LessonUpdater.apply([0: "new"], to: replaced) == "```micrograd\nx\n```\n```output\nnew\n```")
    }

    @Test func writerRefusesAFileChangedSinceItWasRead() throws {
        let folder = Fixture.temporaryFolder()
        let path = folder + "/lesson.md"
        try AtomicFile.write("original\n", to: path)
        #expect(throws: LessonWriter.Failure.changedOnDisk(path: path)) {
            try LessonWriter.write("updated\n", to: path, replacing: "what we read earlier\n")
        }
        #expect(FileManager.default.contents(atPath: path) == Data("original\n".utf8))
        try LessonWriter.write("updated\n", to: path, replacing: "original\n")
        #expect(FileManager.default.contents(atPath: path) == Data("updated\n".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(leftovers == ["lesson.md"])
    }
}
