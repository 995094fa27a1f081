import Foundation
import Testing

/// Running and checking real lessons through the executable; these need the interpreter.
@Suite
struct LessonRunTests {
    @Test func mismatchExitsWithOneAndPrintsADiff() throws {
        let path = GradbookProcess.fixture("mismatch.md")
        let outcome = try GradbookProcess.run(["check", path])
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.standardOutput == """
                \(path):7: cell 1 output differs from its expected block (tolerance 1e-09)
                --- expected
                +++ actual
                @@ -7 +7 @@
                -3
                +2
                0 passed, 1 failed (1 cell in 1 lesson); failures: \(path):7 (mismatch)

                """)
    }

    @Test func toleranceFromTheLessonAndTheCell() throws {
        let path = GradbookProcess.fixture("tolerance.md")
        let outcome = try GradbookProcess.run(["check", path])
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardOutput.hasSuffix("1 passed, 1 failed (2 cells in 1 lesson); failures: \(path):16 (mismatch)\n"))
        #expect(try GradbookProcess.run(["check", path, "--tolerance", "1"]).exitCode == 1)
    }

    @Test func expectErrorCellsMustFail() throws {
        let path = GradbookProcess.fixture("expect-error.md")
        let outcome = try GradbookProcess.run(["check", path])
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardOutput.contains("\(path):10: cell 2 is marked `expect-error` but finished without an error"))
        #expect(outcome.standardOutput.hasSuffix("failures: \(path):10 (expected an error)\n"))
    }

    @Test func runPrintsEachCellUnderItsPlace() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let path = folder + "/lesson.md"
        try Data("```micrograd\nprint(1 + 1)\n```\n\n```micrograd\nx3\n```\n\n```micrograd\nprint('after')\n```\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let outcome = try GradbookProcess.run(["run", path])
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.standardOutput == """
                \(path):1
                2
                \(path):5
                \(path):6:1: error: NameError: name 'x3' is not defined
                    x3
                    ^
                \(path):9
                after

                """)
        #expect(outcome.standardError == "1 cell failed: \(path):5\n")
    }

    @Test func updateRoundTripThenCheckPasses() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let path = try GradbookProcess.copyFixture("update-roundtrip.md", to: folder)
        let first = try GradbookProcess.run(["check", "--update", path])
        #expect(first.exitCode == 0, "\(first.standardOutput)\(first.standardError)")
        #expect(
            first.standardOutput == """
                \(path):17: cell 2: added an output block (1 line)
                \(path):24: cell 3: rewrote its output block
                --- before
                +++ after
                @@ -24 +24 @@
                -old text
                +stale
                \(path): updated the output of 2 cells (lines 14, 19)
                updated 2 cells in 1 lesson
                3 passed, 0 failed (3 cells in 1 lesson)

                """)
        let updated = try String(contentsOfFile: path, encoding: .utf8)
        #expect(updated.contains("```micrograd hide\nprint(a * 3)\n```\n```output\n6\n```\n"))
        #expect(updated.contains("```output\nstale\n```\nLast line without newline"))
        #expect(try GradbookProcess.run(["check", path]).exitCode == 0)
        let again = try GradbookProcess.run(["check", "--update", path])
        #expect(again.exitCode == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == updated)
    }

    @Test func junitReportForARun() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let report = folder + "/junit.xml"
        let path = GradbookProcess.fixture("mismatch.md")
        _ = try GradbookProcess.run(["check", path, "--junit", report])
        let xml = String(decoding: FileManager.default.contents(atPath: report) ?? Data(), as: UTF8.self)
        #expect(xml.contains(" name=\"cell-1 (line 3)\" time=\""))
        #expect(xml.contains("<failure message=\"mismatch\" type=\"mismatch\">\(path):7: cell 1 output differs"))
    }

    @Test func aNewLessonPassesCheckStraightAway() throws {
        let folder = try GradbookProcess.temporaryFolder()
        #expect(try GradbookProcess.run(["new", "First steps"], in: folder).exitCode == 0)
        let outcome = try GradbookProcess.run(["check"], in: folder)
        #expect(outcome.exitCode == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        #expect(outcome.standardOutput == "1 passed, 0 failed (1 cell in 1 lesson)\n")
    }

    @Test func outputIsPlainWhenPiped() throws {
        let outcome = try GradbookProcess.run(["check", GradbookProcess.fixture("mismatch.md")])
        #expect(!outcome.standardOutput.contains("\u{1B}["))
    }

    @Test func shardsSplitACourseSoEachLessonIsCheckedOnce() throws {
        let folder = try GradbookProcess.temporaryFolder()
        for number in 1...3 {
            try Data("```micrograd\nprint(\(number))\n```\n```output\n\(number)\n```\n".utf8)
                .write(to: URL(fileURLWithPath: "\(folder)/0\(number).md"))
        }
        let first = try GradbookProcess.run(["check", folder, "--shard", "1/2"])
        #expect(first.exitCode == 0)
        #expect(first.standardOutput == "2 passed, 0 failed (2 cells in 2 lessons)\n")
        #expect(first.standardError.hasPrefix("\(folder)/01.md: 1 cell, passed\n\(folder)/03.md: 1 cell, passed\n"))
        #expect(first.standardError.contains("checked 2 lessons (shard 1/2 of 3) in "))
        let second = try GradbookProcess.run(["check", folder, "--shard", "2/2", "--quiet"])
        #expect(second.standardOutput == "1 passed, 0 failed (1 cell in 1 lesson)\n")
        #expect(second.standardError == "")
        let empty = try GradbookProcess.run(["check", folder, "--shard", "5/5", "--quiet"])
        #expect(empty.exitCode == 0)
        #expect(empty.standardOutput == "shard 5/5 has no lessons (\(folder) has 3)\n0 passed, 0 failed (0 cells in 0 lessons)\n")
    }

    @Test func renderReusesUnchangedLessonsAndExplainsWhy() throws {
        let folder = try GradbookProcess.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Notebooks", withIntermediateDirectories: true)
        for (name, body) in [("01-a", "print(1)"), ("02-b", "print(2)")] {
            try Data("# \(name)\n\n```micrograd\n\(body)\n```\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/Notebooks/\(name).md"))
        }
        let first = try GradbookProcess.run(["render", "--explain"], in: folder)
        #expect(first.exitCode == 0, "\(first.standardError)")
        #expect(first.standardOutput == """
            Notebooks/01-a.md: re-run: it has no cache entry
            Notebooks/02-b.md: re-run: it has no cache entry
            wrote 3 pages to Output

            """)
        #expect(first.standardError.hasPrefix("Notebooks/01-a.md: rendered, 1 cell\nNotebooks/02-b.md: rendered, 1 cell\n"))
        #expect(first.standardError.contains("rendered 2 lessons (2 re-run, 0 up to date), 2 cells, 0 failures in "))
        try Data("# 02-b\n\n```micrograd\nprint(22)\n```\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/Notebooks/02-b.md"))
        let second = try GradbookProcess.run(["render", "--explain", "--quiet"], in: folder)
        #expect(second.standardOutput == """
            Notebooks/01-a.md: up to date: nothing it depends on changed
            Notebooks/02-b.md: re-run: the lesson changed
            wrote 1 page to Output

            """)
        #expect(second.standardError == "")
        let forced = try GradbookProcess.run(["render", "--force", "--jobs", "1", "--quiet"], in: folder)
        #expect(forced.standardOutput == "wrote 2 pages to Output\n", "the index did not change, so it is not rewritten")
        let page = try String(contentsOfFile: folder + "/Output/02-b.html", encoding: .utf8)
        #expect(page.contains("22"))
        #expect(!page.contains("EventSource"), "render never injects the preview's reload script")
    }
}
