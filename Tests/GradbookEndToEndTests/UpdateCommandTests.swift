import Foundation
import Testing

/// `check --update` through the executable on lessons written in unusual ways.
@Suite
struct UpdateCommandTests {
    @Test func aWindowsLessonWithTildesIsUpdatedInItsOwnStyle() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let path = folder + "/lesson.md"
        let original = "---\r\ntitle: T\r\n---\r\nText.  \r\n\r\n~~~micrograd\r\nprint('a\\rb')\r\n~~~\r\n~~~~output\r\nold\r\n~~~~"
        try Data(original.utf8).write(to: URL(fileURLWithPath: path))
        let first = try GradbookProcess.run(["check", "--update", path])
        #expect(first.exitCode == 0, "\(first.standardOutput)\(first.standardError)")
        #expect(
            first.standardOutput == """
                \(path):10: cell 1: rewrote its output block
                --- before
                +++ after
                @@ -10 +10,2 @@
                -old
                +a
                +b
                \(path): updated the output of 1 cell (line 6)
                updated 1 cell in 1 lesson
                1 passed, 0 failed (1 cell in 1 lesson)

                """)
        let updated = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        #expect(updated == "---\r\ntitle: T\r\n---\r\nText.  \r\n\r\n~~~micrograd\r\nprint('a\\rb')\r\n~~~\r\n~~~~output\r\na\r\nb\r\n~~~~")
        #expect(try GradbookProcess.run(["check", path]).exitCode == 0)
        #expect(try GradbookProcess.run(["check", "--update", path]).standardOutput == "1 passed, 0 failed (1 cell in 1 lesson)\n")
        #expect(FileManager.default.contents(atPath: path) == Data(updated.utf8))
    }
}
