import Testing

@testable import Notebook

@Suite struct CmarkTests {
    @Test func rendersMarkdownWithRawHTMLByDefault() {
        #expect(Cmark.html("Hello *world* <b>raw</b>") == "<p>Hello <em>world</em> <b>raw</b></p>\n")
    }

    @Test func safeModeDropsRawHTML() {
        #expect(Cmark.html("<script>alert(1)</script>\n\nok", safe: true) == "<!-- raw HTML omitted -->\n<p>ok</p>\n")
        #expect(Cmark.html("[x](javascript:alert(1))", safe: true) == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func givesHeadingsIDsForATableOfContents() {
        let markdown = "# The *neuron*\n\ntext\n\n## Back & forth\n"
        let headings = Cmark.headings(in: markdown)
        #expect(headings == [MarkdownHeading(level: 1, text: "The neuron", line: 1), MarkdownHeading(level: 2, text: "Back & forth", line: 5)])
        let ids = MarkdownHeading.uniqueSlugs(for: headings, taken: ["the-neuron"])
        #expect(ids == ["the-neuron-2", "back-forth"])
        #expect(
            Cmark.html(markdown, headingIDs: ids)
                == "<h1 id=\"the-neuron-2\">\nThe <em>neuron</em>\n</h1>\n<p>text</p>\n<h2 id=\"back-forth\">\nBack &amp; forth\n</h2>\n")
    }

    @Test func idsAreFilteredToURLSafeCharacters() {
        #expect(Cmark.html("# A", headingIDs: ["a\"><script>"]) == "<h1 id=\"ascript\">\nA\n</h1>\n")
    }

    @Test func parsesIntoSwiftValuesWithPositions() {
        let root = Cmark.parse("Text ![alt](img/a.png)\n\n```micrograd hide\nx = 1\n```\n")
        #expect(root.kind == .document)
        #expect(root.children.map(\.kind) == [.paragraph, .codeBlock])
        let code = root.children[1]
        #expect(code.fenceInfo == "micrograd hide")
        #expect(code.literal == "x = 1\n")
        #expect([code.startLine, code.endLine] == [3, 5])
        #expect(root.descendants.filter { $0.kind == .image }.map(\.url) == ["img/a.png"])
    }

    @Test func deepNestingDoesNotOverflowTheStack() {
        let markdown = String(repeating: "> ", count: 5000) + "deep"
        #expect(Cmark.parse(markdown).descendants.count > 5000)
    }

    @Test func slugsAreLowerCaseWordsJoinedByDashes() {
        #expect(MarkdownHeading.slug("The Neuron: forward & back") == "the-neuron-forward-back")
        #expect(MarkdownHeading.slug("!!!") == "section")
    }
}
