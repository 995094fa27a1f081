import Foundation
import Testing

@testable import Notebook

/// Collects what a reporter writes, from any thread.
final class WrittenText: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ piece: String) { lock.withLock { text += piece } }
    var value: String { lock.withLock { text } }
}

@Suite struct ProgressTests {
    @Test func theLiveLineNamesTheLessonTheCellAndTheTime() {
        let activities = [
            ProgressLine.Activity(path: "Notebooks/04-a-neuron.md", cell: 5, cells: 9),
            ProgressLine.Activity(path: "Notebooks/05-automatic-backprop.md", cell: 1, cells: 8),
        ]
        #expect(
            ProgressLine.live(verb: "rendering", done: 3, total: 9, activities: activities, seconds: 1.234, width: 80)
                == "[3/9] rendering 04-a-neuron.md · cell 5/9 (+1 more) · 1.23 s")
        #expect(
            ProgressLine.live(verb: "checking", done: 0, total: 2, activities: [], seconds: 0.0421, width: 80)
                == "[0/2] checking · 42 ms")
        let narrow = ProgressLine.live(verb: "rendering", done: 3, total: 9, activities: activities, seconds: 1, width: 20)
        #expect(narrow == "[3/9] rendering 04…")
        #expect(narrow.count == 19)
    }

    @Test func elapsedTimesAndCounts() {
        #expect(ProgressLine.elapsed(0.0004) == "0 ms")
        #expect(ProgressLine.elapsed(0.999) == "999 ms")
        #expect(ProgressLine.elapsed(1.005) == "1.00 s" || ProgressLine.elapsed(1.005) == "1.01 s")
        #expect(ProgressLine.elapsed(62.5) == "62.50 s")
        #expect(ProgressLine.elapsed(.nan) == "0 ms")
        #expect(ProgressLine.count(1, "cell") == "1 cell")
        #expect(ProgressLine.count(0, "failure") == "0 failures")
        #expect(
            ProgressLine.summary(verb: "rendered", lessons: 9, detail: "1 re-run, 8 up to date", cells: 62, failures: 1, seconds: 0.05)
                == "rendered 9 lessons (1 re-run, 8 up to date), 62 cells, 1 failure in 50 ms")
    }

    @Test func plainLinesComeOutInLessonOrderWhateverFinishesFirst() {
        let written = WrittenText()
        let reporter = ProgressReporter(mode: .lines, verb: "checking", paths: ["a.md", "b.md", "c.md"]) {
            written.append($0)
        }
        reporter.started(2)
        reporter.finished(2, line: "c.md: done")
        reporter.finished(1, line: "b.md: done")
        #expect(written.value == "")
        reporter.finished(0, line: "a.md: done")
        reporter.finish()
        #expect(written.value == "a.md: done\nb.md: done\nc.md: done\n")
        #expect(reporter.summary(lessons: 3, cells: 4, failures: 0, verb: "checked")?.hasPrefix("checked 3 lessons, 4 cells, 0 failures in ") == true)
    }

    @Test func silentWritesNothingAndHasNoSummary() {
        let written = WrittenText()
        let reporter = ProgressReporter(mode: .silent, verb: "checking", paths: ["a.md"]) { written.append($0) }
        reporter.started(0)
        reporter.cell(0, of: 1, inLesson: 0)
        reporter.finished(0, line: "a.md: done")
        reporter.finish()
        #expect(written.value.isEmpty)
        #expect(reporter.summary(lessons: 1, cells: 1, failures: 0, verb: "checked") == nil)
    }

    @Test func liveModeRedrawsOneLineAndErasesItAtTheEnd() {
        let written = WrittenText()
        let reporter = ProgressReporter(mode: .live, verb: "checking", paths: ["Notebooks/a.md"]) { written.append($0) }
        reporter.started(0)
        reporter.cell(1, of: 3, inLesson: 0)
        reporter.finished(0, line: "unused in live mode")
        reporter.finish()
        let text = written.value
        #expect(text.contains("\r\u{1B}[2K[0/1] checking a.md · cell 2/3 · "))
        #expect(text.hasSuffix("\r\u{1B}[2K"))
        #expect(!text.contains("\n"))
    }

    @Test func detectionFollowsTheTerminalAndQuiet() {
        #expect(ProgressMode.detect(quiet: true) == .silent)
        let pipe = Pipe()
        #expect(ProgressMode.detect(quiet: false, fileDescriptor: pipe.fileHandleForWriting.fileDescriptor) == .lines)
    }
}
