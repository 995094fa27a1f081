import Foundation
import Testing

#if canImport(Glibc)
    import Glibc

    /// Bad inputs that arrive mid-run: a lesson deleted, or edited, while `check --update` works. inotify tells
    /// the test the moment `gradbook` has read the lesson; a second lesson busy for about a second keeps the
    /// writes (which come after every lesson has run) far off.
    @Suite
    struct ChangedDuringUpdateTests {
        static let quick = "```micrograd\nprint(6 * 7)\n```\n"
        static let slow = "```micrograd budget=100000000\ns = 0\nfor i in range(1000000):\n    s += i\nprint(s)\n```\n"

        /// Runs `check --update a.md b.md`, calling `meddle` with a.md's path once gradbook has read it.
        static func update(meddling meddle: (String) throws -> Void) throws -> (GradbookProcess.Outcome, String) {
            let folder = try GradbookProcess.temporaryFolder()
            try Data(quick.utf8).write(to: URL(fileURLWithPath: folder + "/a.md"))
            try Data(slow.utf8).write(to: URL(fileURLWithPath: folder + "/b.md"))
            let watch = try #require(FolderWatch(folder: folder, mask: IN_CLOSE_NOWRITE))
            let output = folder + "/.stdout"
            let errors = folder + "/.stderr"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: GradbookProcess.executable)
            process.arguments = ["check", "--update", "a.md", "b.md"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            _ = FileManager.default.createFile(atPath: errors, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
            try process.run()
            let read = watch.next(timeout: 60) { $0.name == "a.md" }
            #expect(read != nil, "gradbook never read a.md")
            try meddle(folder + "/a.md")
            process.waitUntilExit()
            let outcome = GradbookProcess.Outcome(
                exitCode: process.terminationStatus,
                standardOutput: String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self),
                standardError: String(decoding: FileManager.default.contents(atPath: errors) ?? Data(), as: UTF8.self),
                signalled: process.terminationReason == .uncaughtSignal)
            return (outcome, folder)
        }

        static func expectBWasUpdated(_ outcome: GradbookProcess.Outcome, in folder: String) {
            #expect(!outcome.signalled)
            #expect(outcome.exitCode == 2)
            #expect(outcome.lines.contains("b.md: updated the output of 1 cell (line 1)"))
            #expect(
                outcome.standardOutput.hasSuffix(
                    "1 passed, 1 failed (2 cells in 2 lessons); failures: a.md:1 (no expected output)\n"),
                "\(outcome.standardOutput)")
            let updated = String(decoding: FileManager.default.contents(atPath: folder + "/b.md") ?? Data(), as: UTF8.self)
            #expect(updated == slow + "```output\n499999500000\n```\n")
        }

        @Test func aLessonDeletedDuringCheckUpdateIsNamedAndNotWrittenBack() throws {
            let (outcome, folder) = try Self.update { path in try FileManager.default.removeItem(atPath: path) }
            defer { try? FileManager.default.removeItem(atPath: folder) }
            #expect(outcome.lines.contains("a.md: error: the file was deleted after it was read; not updated"))
            #expect(!FileManager.default.fileExists(atPath: folder + "/a.md"))
            Self.expectBWasUpdated(outcome, in: folder)
        }

        @Test func aLessonEditedDuringCheckUpdateKeepsTheEdit() throws {
            let edited = Self.quick + "\nThe author's new paragraph.\n"
            let (outcome, folder) = try Self.update { path in
                try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
            }
            defer { try? FileManager.default.removeItem(atPath: folder) }
            #expect(
                outcome.lines.contains(
                    "a.md: error: the file changed on disk after it was read; not updated (run the command again)"))
            #expect(FileManager.default.contents(atPath: folder + "/a.md") == Data(edited.utf8))
            Self.expectBWasUpdated(outcome, in: folder)
        }
    }
#endif
