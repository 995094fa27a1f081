import Foundation
import Testing

/// `check --update` through the executable on lessons written in unusual ways.
@Suite(.enabled(if: GradbookProcess.interpreterIsAvailable, "the interpreter is not built yet"))
struct UpdateCommandTests {
    @Test func aWindowsLessonWithTildesIsUpdatedInItsOwnStyle() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let path = folder + "/lesson.md"
        let original = "---\r\ntitle: T\r\n---\r\nText.  \r\n\r\n~~~micrograd\r\nprint('a\\rb')\r\n~~~\r\n~~~~output\r\nold\r\n~~~~"
        try Data(original.utf8).write(to: URL(fileURLWithPath: path))
        let first = try GradbookProcess.run(["check", "--update", path])
        #expect(first.exitCode == 0, "\(first.standardOutput)\(first.standardError)")
        #expect(first.standardOutput.hasPrefix("\(path): updated the output of 1 cell (line 6)\n"))
        let updated = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        #expect(updated == "---\r\ntitle: T\r\n---\r\nText.  \r\n\r\n~~~micrograd\r\nprint('a\\rb')\r\n~~~\r\n~~~~output\r\na\r\nb\r\n~~~~")
        #expect(try GradbookProcess.run(["check", path]).exitCode == 0)
        #expect(try GradbookProcess.run(["check", "--update", path]).standardOutput == "1 passed, 0 failed (1 cell in 1 lesson)\n")
        #expect(FileManager.default.contents(atPath: path) == Data(updated.utf8))
    }
}
