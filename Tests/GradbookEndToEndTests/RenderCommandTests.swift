import Foundation
import Testing

/// `gradbook render` through the executable: exit codes, what reaches stderr, and what the pages may hold.
@Suite
struct RenderCommandTests {
    static func write(_ files: [String: String], into folder: String) throws {
        for (name, text) in files {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    static func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    @Test func aGoodLessonRendersQuietlyAndExitsZero() throws {
        let folder = try GradbookProcess.temporaryFolder()
        try Self.write(["Notebooks/01-a.md": "# A\n\n$x^2$\n\n```micrograd\nprint(1 + 1)\n```\n```output\n2\n```\n"], into: folder)
        let outcome = try GradbookProcess.run(["render", "--quiet"], in: folder)
        #expect(outcome.exitCode == 0)
        #expect(outcome.standardError == "")
        #expect(outcome.standardOutput == "wrote 2 pages to Output\n")
        #expect(Self.read(folder + "/Output/01-a.html").contains("<msup><mi>x</mi><mn>2</mn></msup>"))
    }

    @Test func aFailingCellExitsOneAndIsQuotedOnStandardError() throws {
        let folder = try GradbookProcess.temporaryFolder()
        try Self.write(["L/01-a.md": "# A\n\n```micrograd\ny = 1\nprint(y + x3)\n```\n"], into: folder)
        let outcome = try GradbookProcess.run(["render", "L", "--output", "out", "--quiet"], in: folder)
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardError == "L/01-a.md:5:11: error: NameError: name 'x3' is not defined\n    print(y + x3)\n              ^\n")
        #expect(Self.read(folder + "/out/01-a.html").contains("<div class=\"error-place\">L/01-a.md:5:11</div>"))
    }

    @Test func anInvalidLessonExitsTwoKeepsItsPageAndTheOthersRender() throws {
        let folder = try GradbookProcess.temporaryFolder()
        try Self.write(
            ["L/01-bad.md": "---\nseeed: 1\n---\n", "L/02-good.md": "# Good\n", "out/01-bad.html": "previous page"],
            into: folder)
        let outcome = try GradbookProcess.run(["render", "L", "--output", "out", "--quiet"], in: folder)
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError.hasPrefix("L/01-bad.md:2:1: error: FrontMatterError: unknown front matter key 'seeed'"))
        #expect(outcome.standardError.contains("\n    seeed: 1\n    ^\n"))
        #expect(Self.read(folder + "/out/01-bad.html") == "previous page")
        #expect(Self.read(folder + "/out/02-good.html").contains("<h1 id=\"good\">"))
    }

    @Test func badUsageAndABadTemplateExitTwo() throws {
        let folder = try GradbookProcess.temporaryFolder()
        try Self.write(["L/a.md": "# A\n", "t/page.mustache": "{{#open}}\n"], into: folder)
        #expect(try GradbookProcess.run(["render", "L", "--bogus"], in: folder).exitCode == 2)
        #expect(try GradbookProcess.run(["render", "L", "--graph-limit", "0"], in: folder).exitCode == 2)
        #expect(try GradbookProcess.run(["render", "missing"], in: folder).exitCode == 2)
        #expect(try GradbookProcess.run(["render", "L", "--template", "nowhere"], in: folder).exitCode == 2)
        let template = try GradbookProcess.run(["render", "L", "--template", "t"], in: folder)
        #expect(template.exitCode == 2)
        #expect(template.standardError.hasPrefix("t/page.mustache:"))
    }

    @Test func safeDropsRawHTMLAndScriptLinks() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let lesson = """
            # A

            Inline <img src=x onerror=alert(1)> and <b>bold</b>, [a](javascript:alert(1)) and <javascript:alert(2)>.

            <script>alert(3)</script>

            [fine](https://example.com/ok)
            """
        try Self.write(["L/a.md": lesson], into: folder)
        #expect(try GradbookProcess.run(["render", "L", "--output", "open"], in: folder).exitCode == 0)
        #expect(try GradbookProcess.run(["render", "L", "--output", "safe", "--safe"], in: folder).exitCode == 0)
        let open = Self.read(folder + "/open/a.html")
        let safe = Self.read(folder + "/safe/a.html")
        #expect(open.contains("<script>alert(3)</script>") && open.contains("<b>bold</b>"))
        for raw in ["<script", "onerror", "<b>", "href=\"javascript:", "<img"] {
            #expect(!safe.contains(raw), "--safe kept \(raw)")
        }
        #expect(safe.contains("<a href=\"https://example.com/ok\">fine</a>"), "authors' links stay")
    }

    @Test func theCoursePagesMakeNoRequestsBeyondTheAuthorsLinks() throws {
        let folder = try GradbookProcess.temporaryFolder()
        let lessons = GradbookProcess.repositoryRoot + "/Notebooks"
        let outcome = try GradbookProcess.run(["render", lessons, "--output", folder + "/out"])
        #expect(outcome.exitCode == 0, "\(outcome.standardError)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").filter { $0.hasSuffix(".html") }
        #expect(pages.count > 2)
        #expect(Self.unbalancedTag(in: "<p><b>x</p>") != nil && Self.unbalancedTag(in: "<p><br><svg><path d=\"\"/></svg></p>") == nil)
        for page in pages {
            let html = Self.read(folder + "/out/" + page)
            let source = page == "index.html" ? "" : Self.read(lessons + "/" + page.dropLast(5) + ".md")
            for forbidden in ["<script", "<link", "<iframe", "@import", "url(", "src=\"http", "src='http", "srcset"] {
                #expect(!html.contains(forbidden), "\(page) holds \(forbidden)")
            }
            #expect(Self.unbalancedTag(in: html) == nil, "\(page): \(Self.unbalancedTag(in: html) ?? "")")
            for link in Self.links(in: html) where link.hasPrefix("http:") || link.hasPrefix("https:") || link.hasPrefix("//") {
                #expect(source.contains(link), "\(page) links to \(link), which its lesson does not")
            }
        }
    }

    /// The first tag that closes something other than the innermost open element (or is left open), if any.
    /// Knows void elements, self-closing SVG and MathML tags, comments, the doctype and `<style>`'s raw text.
    static func unbalancedTag(in html: String) -> String? {
        let void: Set<Substring> = ["meta", "br", "img", "hr", "input", "link", "wbr", "source"]
        var open: [Substring] = []
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: start)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { return "an unclosed comment" }
                rest = rest[end.upperBound...]
                continue
            }
            guard let end = rest.firstIndex(of: ">") else { return "a tag that never ends" }
            let tag = rest[..<end]
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
            let closing = tag.hasPrefix("/")
            let name = (closing ? tag.dropFirst() : tag).prefix { !$0.isWhitespace }.lowercased()
            if closing {
                guard open.popLast() == Substring(name) else { return "</\(name)> inside <\(open.last ?? "")>" }
            } else if !void.contains(Substring(name)) {
                open.append(Substring(name))
                if name == "style", let close = rest.range(of: "</style>") { rest = rest[close.lowerBound...] }
            }
        }
        return open.isEmpty ? nil : "<\(open.last ?? "")> is never closed"
    }

    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}
