import Foundation
import Testing

/// `gradbook new` with awkward titles: each makes the next numbered lesson, and the lessons pass `check` and
/// render straight away.
@Suite
struct NewLessonCommandTests {
    @Test func awkwardTitlesGiveLessonsThatPassCheckAndRender() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let titles = [
            #"The "neuron" and its 'grad'"#, "Réseaux de neurones — naïf", "Inputs/outputs ../../x", "ニューラル",
            "<b>bold</b> & *stars* $x$ #1",
        ]
        for (number, title) in titles.enumerated() {
            let outcome = try GradbookProcess.run(["new", title], in: folder)
            #expect(outcome.exitCode == 0, "\(title): \(outcome.standardError)")
            #expect(outcome.standardOutput.hasPrefix("created Notebooks/" + String(format: "%02d-", number + 1)))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/Notebooks").sorted()
        #expect(names == [
            "01-the-neuron-and-its-grad.md", "02-reseaux-de-neurones-naif.md", "03-inputs-outputs-x.md",
            "04-lesson.md", "05-b-bold-b-stars-x-1.md",
        ])
        let check = try GradbookProcess.run(["check"], in: folder)
        #expect(check.exitCode == 0, "\(check.standardOutput)\(check.standardError)")
        #expect(check.standardOutput == "5 passed, 0 failed (5 cells in 5 lessons)\n")
        let render = try GradbookProcess.run(["render", "--quiet"], in: folder)
        #expect(render.exitCode == 0)
        #expect(render.standardError == "")
        let index = String(decoding: FileManager.default.contents(atPath: folder + "/Output/index.html") ?? Data(), as: UTF8.self)
        #expect(index.contains("&lt;b&gt;bold&lt;/b&gt; &amp; *stars* $x$ #1"))
        #expect(index.contains("The &quot;neuron&quot; and its &#39;grad&#39;"))
    }

    @Test func anEmptyTitleIsBadUsage() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let outcome = try GradbookProcess.run(["new", "  "], in: folder)
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError == "error: the title must be one non-empty line\n")
    }
}
