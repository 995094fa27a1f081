import Testing
@testable import Weave

/// The built-in stylesheet and template promise a page that adapts: to dark mode, to print, to a phone, and to
/// graphs wider than the column.
@Suite struct PageStyleTests {
    @Test func theStandardPageAdaptsToThemePrintAndWidth() throws {
        let templates = try PageTemplates.standard()
        let css = templates.css
        for rule in [
            "@media (prefers-color-scheme: dark)", "@media print", "@media (max-width: 30rem)", "@media (min-width: 76rem)",
            ".scroll { overflow-x: auto;", ".math-nowrap { white-space: nowrap; }",
        ] {
            #expect(css.contains(rule), "the stylesheet lacks \(rule)")
        }
        let page = templates.page.render(PageContext.lesson(
            title: "T", summary: nil, sourcePath: "a.md", css: css, contents: TableOfContents(entries: []), content: "",
            titleInBody: false, links: PageLinks()))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("<meta name=\"color-scheme\" content=\"light dark\">"))
        #expect(page.contains("<style>\n" + css))
    }
}
