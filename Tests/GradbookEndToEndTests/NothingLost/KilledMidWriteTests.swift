import Foundation
import Testing

#if canImport(Glibc)
    import Glibc

    /// Nothing lost: `render` and `check --update` killed with SIGKILL mid-write, again and again at different
    /// moments, leave every page and lesson either its old bytes or its new ones, and the next run finishes
    /// the job as if nothing had happened.
    ///
    /// The moments are found with inotify: the test kills the process right after it creates its n-th temporary
    /// file (a write has begun), for every n, and also after a few fixed delays.
    @Suite
    struct KilledMidWriteTests {
        static let lessonCount = 5

        /// A lesson of some size (so a torn write would show), whose output depends on `version`.
        static func lesson(_ number: Int, version: Int, expected: String? = nil) -> String {
            var text = "---\ntitle: Lesson \(number), version \(version)\n---\n# Lesson \(number)\n\n"
            text += String(repeating: "Prose that makes the file long enough for a torn write to show.\n", count: 400)
            text += "\n```micrograd\nfrom micrograd.engine import Value\na = Value(\(number).0, label='a')\n"
            text += "b = a * \(version)\nb.label = 'b'\ndraw_dot(b)\nprint('lesson', \(number), 'version', \(version))\n```\n"
            if let expected { text += "```output\n\(expected)\n```\n" }
            return text
        }

        static func writeLessons(version: Int, in folder: String, expected: String? = nil) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for number in 1...lessonCount {
                let path = folder + "/\(String(format: "%02d", number))-lesson.md"
                try Data(lesson(number, version: version, expected: expected).utf8).write(to: URL(fileURLWithPath: path))
            }
        }

        /// The moments to kill at: right after the n-th temporary file appears, then after fixed delays.
        enum Moment: CustomStringConvertible {
            case write(Int)
            case after(Double)

            var description: String {
                switch self {
                case .write(let number): "at write \(number)"
                case .after(let seconds): "after \(seconds) s"
                }
            }
        }

        static func moments(writes: Int) -> [Moment] {
            (1...writes).map(Moment.write) + [0.01, 0.05, 0.15].map(Moment.after)
        }

        /// Starts `arguments` with `folder` freshly restored to `old`, kills it at `moment`, and returns the folder's
        /// files afterwards and whether the kill landed before the process finished.
        static func kill(
            _ arguments: [String], in root: String, at moment: Moment, watching folder: String
        ) throws -> Bool {
            let watch = try #require(FolderWatch(folder: folder, mask: IN_CREATE))
            let run = try RunningGradbook(arguments, in: root)
            switch moment {
            case .write(let number):
                for _ in 0..<number {
                    guard watch.next(timeout: 60, where: { FolderSnapshot.isTemporary($0.name) }) != nil else { break }
                }
            case .after(let seconds):
                usleep(UInt32(seconds * 1_000_000))
            }
            run.killNow()
            return run.wait().signalled
        }

        @Test func renderKilledMidWriteLeavesEveryPageOldOrNew() throws {
            let root = try GradbookProcess.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let render = ["render", "Notebooks", "--output", "Output"]
            try Self.writeLessons(version: 1, in: root + "/Notebooks")
            #expect(try GradbookProcess.run(render, in: root).exitCode == 0)
            let old = FolderSnapshot.take(root + "/Output")
            try Self.writeLessons(version: 2, in: root + "/Notebooks")
            #expect(try GradbookProcess.run(["render", "Notebooks", "--output", "Reference"], in: root).exitCode == 0)
            let new = FolderSnapshot.take(root + "/Reference")
            // A page per lesson, the index, and the render cache's entry for each page.
            #expect(old.count == 2 * Self.lessonCount + 1 && Set(old.keys) == Set(new.keys))
            #expect(old.keys.allSatisfy { old[$0] != new[$0] })

            var killed = 0
            for moment in Self.moments(writes: Self.lessonCount + 1) {
                try FolderSnapshot.restore(old, into: root + "/Output")
                if try Self.kill(render, in: root, at: moment, watching: root + "/Output") { killed += 1 }
                let now = FolderSnapshot.take(root + "/Output")
                #expect(FolderSnapshot.broken(now, old: old, new: new).isEmpty, "a torn page \(moment)")
                #expect(Set(now.keys.filter { !FolderSnapshot.isTemporary($0) }) == Set(old.keys), "\(moment)")
            }
            // A loaded machine may let a run finish between the event and the kill; most kills still land.
            #expect(killed >= 3, "the kills should land before render finishes")

            let finish = try GradbookProcess.run(render, in: root)
            #expect(finish.exitCode == 0, "\(finish.standardError)")
            #expect(FolderSnapshot.take(root + "/Output") == new, "the next render leaves exactly the new pages")
        }

        @Test func checkUpdateKilledMidWriteLeavesEveryLessonOldOrNew() throws {
            let root = try GradbookProcess.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let update = ["check", "--update", "Notebooks"]
            try Self.writeLessons(version: 1, in: root + "/Notebooks", expected: "stale")
            let old = FolderSnapshot.take(root + "/Notebooks")
            #expect(try GradbookProcess.run(update, in: root).exitCode == 0)
            let new = FolderSnapshot.take(root + "/Notebooks")
            #expect(old.count == Self.lessonCount && old.keys.allSatisfy { old[$0] != new[$0] })

            var killed = 0
            for moment in Self.moments(writes: Self.lessonCount) {
                try FolderSnapshot.restore(old, into: root + "/Notebooks")
                if try Self.kill(update, in: root, at: moment, watching: root + "/Notebooks") { killed += 1 }
                let now = FolderSnapshot.take(root + "/Notebooks")
                #expect(FolderSnapshot.broken(now, old: old, new: new).isEmpty, "a torn lesson \(moment)")
                #expect(Set(now.keys.filter { !FolderSnapshot.isTemporary($0) }) == Set(old.keys), "\(moment)")
            }
            #expect(killed >= 3, "the kills should land before check finishes")

            let finish = try GradbookProcess.run(update, in: root)
            #expect(finish.exitCode == 0, "\(finish.standardOutput)")
            #expect(FolderSnapshot.take(root + "/Notebooks") == new, "the next update leaves exactly the new lessons")
            #expect(try GradbookProcess.run(["check", "Notebooks"], in: root).exitCode == 0)
        }
    }
#endif
