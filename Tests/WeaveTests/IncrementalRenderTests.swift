import Foundation
import MicrogradScript
import Notebook
import Testing
@testable import Weave

/// The render cache: what re-runs a lesson, what does not, and that it never changes a page's bytes.
@Suite struct IncrementalRenderTests {
    static let course = [
        "Notebooks/01-a.md": "# A\n\n![x](img/x.png)\n\n```micrograd\nprint(1)\n```\n",
        "Notebooks/02-b.md": "---\ntitle: B\n---\nText with $x^2$.\n\n```micrograd\nnope\n```\n",
        "Notebooks/03-c.md": "# C\n\n```micrograd\nprint(3)\n```\n",
        "Notebooks/img/x.png": "PNG",
    ]

    static func render(_ root: String, force: Bool = false, safe: Bool = false, output: String = "Output") throws -> SiteReport {
        let options = SiteOptions(
            inputs: [root + "/Notebooks"], outputDirectory: root + "/" + output, safe: safe, force: force, jobs: 2)
        return try Site(options: options).render()
    }

    static func statuses(_ report: SiteReport) -> [LessonOutcome.Status] { report.lessons.map(\.status) }

    static func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func anUnchangedCourseIsReusedAndReportsWhatItReportedBefore() throws {
        let root = try SiteTests.folder(Self.course)
        let first = try Self.render(root)
        #expect(first.lessons.allSatisfy { $0.status == .rendered(reason: "it has no cache entry") })
        #expect(first.exitCode == 1, "02-b has a failing cell")
        let second = try Self.render(root)
        #expect(Self.statuses(second) == [.upToDate, .upToDate, .upToDate])
        #expect(second.written.isEmpty, "no page and not the index is written again")
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.unexpectedFailures == first.unexpectedFailures)
        #expect(second.exitCode == first.exitCode)
        #expect(second.lessons.map(\.cells) == [1, 1, 1])
        #expect(second.explanations[0] == "\(root)/Notebooks/01-a.md: up to date: nothing it depends on changed")
    }

    @Test func eachInputRerunsTheLessonsItAffects() throws {
        let root = try SiteTests.folder(Self.course)
        let notebooks = root + "/Notebooks"
        _ = try Self.render(root)
        let upToDate = LessonOutcome.Status.upToDate

        try Self.write("# C\n\n```micrograd\nprint(33)\n```\n", notebooks + "/03-c.md")
        #expect(Self.statuses(try Self.render(root)) == [upToDate, upToDate, .rendered(reason: "the lesson changed")])

        try Self.write("PNG2", notebooks + "/img/x.png")
        #expect(Self.statuses(try Self.render(root)) == [.rendered(reason: "an image it uses changed"), upToDate, upToDate])
        #expect(SiteTests.read(root + "/Output/img/x.png") == "PNG2")

        try Self.write("---\ntitle: Bee\n---\nText with $x^2$.\n\n```micrograd\nnope\n```\n", notebooks + "/02-b.md")
        let links = LessonOutcome.Status.rendered(reason: "a neighbouring lesson's title or file changed")
        #expect(Self.statuses(try Self.render(root)) == [links, .rendered(reason: "the lesson changed"), links])

        let all = { (reason: String) in [LessonOutcome.Status](repeating: .rendered(reason: reason), count: 3) }
        #expect(Self.statuses(try Self.render(root, safe: true)) == all("the options changed (--safe, --graph-limit or the run limits)"))
        #expect(Self.statuses(try Self.render(root, force: true, safe: true)) == all("--force"))
    }

    @Test func theOutputFolderAndTheCacheAreCheckedNotTrusted() throws {
        let root = try SiteTests.folder(Self.course)
        _ = try Self.render(root)
        try FileManager.default.removeItem(atPath: root + "/Output/01-a.html")
        try Self.write("edited by hand", root + "/Output/03-c.html")
        try Self.write("{not json", root + "/Output/.cache/02-b.html.json")
        let report = try Self.render(root)
        #expect(Self.statuses(report) == [
            .rendered(reason: "its page in \(root)/Output was changed or removed"),
            .rendered(reason: "its cache entry is unreadable"),
            .rendered(reason: "its page in \(root)/Output was changed or removed"),
        ])
        try FileManager.default.removeItem(atPath: root + "/Output/img/x.png")
        #expect(Self.statuses(try Self.render(root)).first == .rendered(reason: "the copy of img/x.png in \(root)/Output was changed or removed"))
        #expect(SiteTests.read(root + "/Output/img/x.png") == "PNG")
    }

    @Test func aCustomTemplateChangeRerunsEveryLesson() throws {
        var files = Self.course
        files["t/style.css"] = "body { color: red }"
        let root = try SiteTests.folder(files)
        let options = SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Output", templateDirectory: root + "/t")
        _ = try Site(options: options).render()
        #expect(Self.statuses(try Site(options: options).render()) == [.upToDate, .upToDate, .upToDate])
        try Self.write("body { color: blue }", root + "/t/style.css")
        let report = try Site(options: options).render()
        #expect(report.lessons.allSatisfy { $0.status == .rendered(reason: "the page template or stylesheet changed") })
        #expect(report.written.contains(root + "/Output/index.html"), "the index carries the stylesheet too")
    }

    @Test func anIncrementalRenderWritesTheSameBytesAsAFreshOne() throws {
        let root = try SiteTests.folder(Self.course)
        let notebooks = root + "/Notebooks"
        _ = try Self.render(root)
        try Self.write("---\ntitle: Bee\n---\nOther text.\n", notebooks + "/02-b.md")
        try Self.write("# C\n\n```micrograd\nprint(4)\n```\n", notebooks + "/04-d.md")
        _ = try Self.render(root)
        _ = try Self.render(root, output: "Fresh")
        let pages = try FileManager.default.contentsOfDirectory(atPath: root + "/Fresh").filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages == ["01-a.html", "02-b.html", "03-c.html", "04-d.html", "index.html"])
        for page in pages {
            #expect(SiteTests.read(root + "/Output/" + page) == SiteTests.read(root + "/Fresh/" + page), "\(page)")
        }
    }

    @Test func theNumberOfJobsChangesNoByteAndNoReport() throws {
        let root = try SiteTests.folder(Self.course)
        var reports: [SiteReport] = []
        for jobs in [1, 3] {
            let options = SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Jobs\(jobs)", jobs: jobs)
            reports.append(try Site(options: options).render())
        }
        #expect(reports[0].diagnostics == reports[1].diagnostics)
        #expect(reports[0].lessons.map(\.explanation) == reports[1].lessons.map(\.explanation))
        for page in ["01-a.html", "02-b.html", "03-c.html", "index.html", ".cache/02-b.html.json"] {
            #expect(SiteTests.read(root + "/Jobs1/" + page) == SiteTests.read(root + "/Jobs3/" + page), "\(page)")
        }
    }

    @Test func aMissingImageIsReportedAgainWhenTheLessonIsReused() throws {
        let root = try SiteTests.folder(["Notebooks/a.md": "![gone](gone.png)\n"])
        let first = try Self.render(root)
        let second = try Self.render(root)
        #expect(second.lessons.first?.status == .upToDate)
        #expect(second.diagnostics == first.diagnostics)
        #expect(first.diagnostics.count == 1)
        try Self.write("PNG", root + "/Notebooks/gone.png")
        #expect(try Self.render(root).lessons.first?.status == .rendered(reason: "an image it uses changed"))
    }
}

@Suite struct RenderKeyTests {
    @Test func theFirstChangedPartNamesTheReason() throws {
        let document = try LessonParser.parse("# A\n", path: "Notebooks/a.md")
        let key = RenderKey.make(
            document: document, images: [], links: PageLinks(), templates: try PageTemplates.standard(),
            options: SiteOptions(), limits: Limits())
        #expect(key.parts.map(\.name) == ["tool", "source", "images", "template", "links", "options"])
        #expect(key.difference(from: key) == nil)
        var newTool = key
        newTool.parts[0].digest = "0"
        #expect(key.difference(from: newTool) == "gradbook, cmark or Graphviz changed (version or build)")
        let otherLimits = RenderKey.make(
            document: document, images: [], links: PageLinks(), templates: try PageTemplates.standard(),
            options: SiteOptions(), limits: Limits(steps: 5))
        #expect(otherLimits.difference(from: key) == "the options changed (--safe, --graph-limit or the run limits)")
        #expect(RenderKey.digest(["ab", "c"]) != RenderKey.digest(["a", "bc"]), "fields cannot run into each other")
        #expect(ToolIdentity.current.hasPrefix("gradbook \(GradbookVersion.current); build "))
    }
}

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func piecesGiveTheSameDigestAsTheWhole() {
        let text = String(repeating: "gradbook ", count: 50)
        var pieces = SHA256()
        for chunk in [0..<7, 7..<64, 64..<65, 65..<200, 200..<450] {
            pieces.update(Array(Array(text.utf8)[chunk]))
        }
        #expect(pieces.hex() == SHA256.hex(text))
    }
}
