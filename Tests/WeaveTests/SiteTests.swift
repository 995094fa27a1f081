import Foundation
import Notebook
import Testing
@testable import Weave

@Suite struct SiteTests {
    /// A fresh folder with `files` (relative path → content) in it.
    static func folder(_ files: [String: String]) throws -> String {
        let root = NSTemporaryDirectory() + "gradbook-site-" + UUID().uuidString
        for (relative, content) in files.sorted(by: { $0.key < $1.key }) {
            let path = root + "/" + relative
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func rendersPagesIndexAndImagesAtomically() throws {
        let root = try Self.folder([
            "Notebooks/01-a.md": "# First\n\nThe first lesson. More.\n\n![x](img/x.png)\n![y](../secret.png)\n![z](gone.png)\n",
            "Notebooks/02-b.md": "---\ntitle: Second\nsummary: The second one.\n---\nText.\n",
            "Notebooks/img/x.png": "PNG",
            "secret.png": "SECRET",
        ])
        let options = SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Output")
        let report = try Site(options: options).render()
        #expect(report.exitCode == 0)
        #expect(report.written == [root + "/Output/01-a.html", root + "/Output/02-b.html", root + "/Output/index.html"])
        #expect(Self.read(root + "/Output/img/x.png") == "PNG")
        #expect(!FileManager.default.fileExists(atPath: root + "/Output/secret.png"))
        #expect(report.diagnostics.map(\.formatted) == [
            "\(root)/Notebooks/01-a.md:6:1: warning: ImageWarning: the image path '../secret.png' leaves the lessons folder; nothing was copied",
            "\(root)/Notebooks/01-a.md:7:1: warning: ImageWarning: the image '\("gone.png")' does not exist (looked for \(root)/Notebooks/gone.png)",
        ])
        let index = try #require(Self.read(root + "/Output/index.html"))
        #expect(index.contains("<a href=\"01-a.html\"><span class=\"lesson-number\">1</span><span class=\"lesson-title\">First</span></a>"))
        #expect(index.contains("<p class=\"lesson-summary\">The first lesson.</p>"))
        #expect(index.contains("<p class=\"lesson-summary\">The second one.</p>"))
        let first = try #require(Self.read(root + "/Output/01-a.html"))
        #expect(first.contains("rel=\"next\" href=\"02-b.html\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/Output").filter { $0.hasPrefix(".") }
        #expect(leftovers == [".cache"], "no temporary files remain, only the render cache")
    }

    @Test func anInvalidLessonKeepsItsPreviousPageAndExitsTwo() throws {
        let root = try Self.folder([
            "Notebooks/01-bad.md": "---\nnot_a_key: 1\n---\nText.\n",
            "Notebooks/02-good.md": "# Good\n",
            "Output/01-bad.html": "OLD PAGE",
        ])
        let options = SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Output")
        let report = try Site(options: options).render()
        #expect(report.exitCode == 2)
        #expect(report.invalidLessons.count == 1)
        #expect(Self.read(root + "/Output/01-bad.html") == "OLD PAGE")
        #expect(Self.read(root + "/Output/02-good.html")?.contains("<h1 id=\"good\">") == true)
    }

    @Test func aBrokenTemplateIsAClearError() throws {
        let root = try Self.folder(["t/page.mustache": "<p>{{#open}}never closed</p>\n"])
        #expect(throws: TemplateError.self) { try PageTemplates.custom(directory: root + "/t") }
        do {
            _ = try PageTemplates.custom(directory: root + "/t")
        } catch {
            #expect(error.description.hasPrefix(root + "/t/page.mustache:"))
            #expect(error.description.contains("error: invalid Mustache template"))
        }
        #expect(throws: TemplateError.self) { try PageTemplates.custom(directory: root + "/missing") }
    }

    @Test func aCustomTemplateReplacesThePage() throws {
        let root = try Self.folder([
            "t/page.mustache": "<main data-title=\"{{title}}\">{{{content}}}</main>",
            "Notebooks/a.md": "# A & B\n",
        ])
        let options = SiteOptions(
            inputs: [root + "/Notebooks"], outputDirectory: root + "/Output", templateDirectory: root + "/t")
        _ = try Site(options: options).render()
        #expect(Self.read(root + "/Output/a.html") == "<main data-title=\"A &amp; B\"><h1 id=\"a-b\">\nA &amp; B\n</h1>\n</main>")
        #expect(Self.read(root + "/Output/index.html")?.contains("<ol class=\"lesson-list\">") == true)
    }

    @Test func aMissingInputIsAnError() {
        #expect(throws: SiteError.self) {
            try Site(options: SiteOptions(inputs: ["/nonexistent/lessons"], outputDirectory: "/tmp/x")).render()
        }
    }
}

@Suite struct SiteWriteFailureTests {
    @Test func anUnwritablePageIsReportedAndTheOthersAreWritten() throws {
        let root = try SiteTests.folder([
            "Notebooks/01-a.md": "# A\n",
            "Notebooks/02-b.md": "# B\n",
            "Output/01-a.html/keep": "a folder where the page should go",
        ])
        let report = try Site(options: SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Output")).render()
        #expect(report.exitCode == 1)
        #expect(report.unwritablePages == 1)
        #expect(report.written == [root + "/Output/02-b.html", root + "/Output/index.html"])
        #expect(report.diagnostics.first?.formatted.hasPrefix(root + "/Output/01-a.html:1:1: error: WriteError:") == true)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/Output").filter { $0.hasPrefix(".") }
        #expect(leftovers == [".cache"])
        let entries = try FileManager.default.contentsOfDirectory(atPath: root + "/Output/.cache")
        #expect(entries == ["02-b.html.json"], "no cache entry for a page that was not written")
    }
}
