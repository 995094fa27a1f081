import MicrogradScript
import Testing

@testable import Notebook

@Suite struct LessonParserTests {
    @Test func readsFrontMatterCellsOptionsAndExpectedOutputs() throws {
        let document = try #require(try? Fixture.parse("update-roundtrip.md").get())
        #expect(document.frontMatter == FrontMatter(title: "Round trip", seed: 42))
        let cells = document.cells
        #expect(cells.count == 3)
        #expect(cells[0] == Cell(index: 0, source: "a = 2\n", fenceLine: 10, closingFenceLine: 12))
        #expect(cells[0].line == 11)
        #expect(cells[1].options == CellOptions(hide: true))
        #expect(cells[1].source == "print(a * 3)\n")
        #expect(cells[1].expected == nil)
        #expect(cells[2].expected == ExpectedOutput(text: "old text", fenceLine: 23, closingFenceLine: 25))
    }

    @Test func keepsProseBetweenCellsByteForByte() throws {
        let document = try #require(try? Fixture.parse("update-roundtrip.md").get())
        let prose = document.blocks.compactMap { block -> Prose? in
            if case .prose(let prose) = block { return prose }
            return nil
        }
        #expect(
            prose == [
                Prose(markdown: "\n# Round trip\n\nProse with *emphasis* and trailing spaces.   \n\n", line: 5),
                Prose(markdown: "\nBetween.\n", line: 17),
                Prose(markdown: "Last line without newline", line: 26),
            ])
        #expect(document.title == "Round trip")
    }

    @Test func readsEveryCellOption() throws {
        let text = "```micrograd hide skip expect-error budget=500 tolerance=1e-3\npass\n```\n"
        let document = try #require(Fixture.document(text))
        #expect(
            document.cells.first?.options
                == CellOptions(hide: true, skip: true, expectError: true, budget: 500, tolerance: 0.001))
    }

    @Test func titleFallsBackToTheFirstHeading() throws {
        let document = try #require(Fixture.document("Intro\n\n# The *neuron*\n\n## Later\n"))
        #expect(document.title == "The neuron")
        #expect(document.frontMatter == FrontMatter())
    }

    @Test func otherLanguagesAndIndentedCodeAreProse() throws {
        let text = "```python\nprint(1)\n```\n\n    indented code\n\n~~~micrograd\nx = 1\n~~~\n"
        let document = try #require(Fixture.document(text))
        #expect(document.cells.map(\.source) == ["x = 1\n"])
        #expect(document.cells.first?.fenceLine == 7)
    }

    @Test func handlesWindowsLineEndings() throws {
        let text = "---\r\nseed: 7\r\n---\r\n```micrograd\r\nx = 1\r\n```\r\n```output\r\n1\r\n```\r\n"
        let document = try #require(Fixture.document(text))
        #expect(document.frontMatter.seed == 7)
        #expect(document.cells.first?.fenceLine == 4)
        #expect(document.cells.first?.expected?.text == "1")
    }

    @Test func frontMatterAfterAByteOrderMarkIsStillFrontMatter() throws {
        let document = try #require(Fixture.document("\u{FEFF}---\ntitle: Bom\n---\n# H\n"))
        #expect(document.frontMatter.title == "Bom")
        #expect(document.source.hasPrefix("\u{FEFF}---"), "the text is kept byte for byte")
        #expect(throws: LessonError.self) { try LessonParser.parse("\u{FEFF}---\nseeed: 1\n---\n", path: "a.md") }
        let cell = try #require(Fixture.document("\u{FEFF}```micrograd\nx = 1\n```\n"))
        #expect(cell.cells.map(\.source) == ["x = 1\n"], "a cell on the first line after a mark")
    }

    @Test func acceptsEmptyFilesAndEmptyFrontMatter() throws {
        #expect(Fixture.document("")?.blocks == [])
        #expect(Fixture.document("---\n---\n")?.frontMatter == FrontMatter())
        #expect(Fixture.document("---\n---")?.blocks == [])
    }

    @Test func unknownFrontMatterKeyNamesTheKeyAndItsLine() {
        let diagnostic = Fixture.diagnostic("front-matter-unknown-key.md")
        #expect(diagnostic?.line == 3)
        #expect(diagnostic?.column == 1)
        #expect(diagnostic?.kind == "FrontMatterError")
        #expect(
            diagnostic?.message
                == "unknown front matter key 'seeed' (known keys: title, summary, seed, tolerance, budget, graph_limit, sanitize, trust_html)")
    }

    @Test func duplicateFrontMatterKeyIsAnError() {
        let diagnostic = Fixture.diagnostic("front-matter-duplicate-key.md")
        #expect(diagnostic?.line == 2)
        #expect(diagnostic?.message == "duplicate front matter key 'seed'")
    }

    @Test func badYAMLGivesItsLine() {
        let diagnostic = Fixture.diagnostic("front-matter-bad-yaml.md")
        #expect(diagnostic?.kind == "FrontMatterError")
        #expect(diagnostic?.line == 4)
        #expect(diagnostic?.message.hasPrefix("invalid YAML: ") == true)
        #expect(diagnostic?.message.hasSuffix("(while parsing a flow sequence that starts on line 3)") == true, "the unclosed [ is named")
    }

    @Test func wrongValueTypeIsAnError() {
        let diagnostic = Fixture.diagnostic("front-matter-wrong-type.md")
        #expect(diagnostic.map { "\($0.line):\($0.column) \($0.message)" } == "2:7 'seed' must be an integer")
    }

    @Test func unclosedFrontMatterIsAnError() throws {
        #expect(throws: LessonError.self) { try LessonParser.parse("---\ntitle: x\n\nText\n", path: "a.md") }
    }

    @Test func unterminatedFenceIsAnError() {
        let diagnostic = Fixture.diagnostic("unterminated-fence.md")
        #expect(diagnostic?.line == 3)
        #expect(diagnostic?.kind == "FenceError")
        #expect(diagnostic?.message == "this code fence is never closed (add a line with ```)")
    }

    @Test func unterminatedFenceOnTheLastLineIsAnError() {
        #expect(throws: LessonError.self) { try LessonParser.parse("Text\n\n```micrograd", path: "a.md") }
        #expect(throws: LessonError.self) { try LessonParser.parse("````python\ncode\n```\n", path: "a.md") }
    }

    @Test func unknownCellOptionIsAnErrorAtItsColumn() {
        let diagnostic = Fixture.diagnostic("unknown-option.md")
        #expect(diagnostic.map { "\($0.line):\($0.column)" } == "1:19")
        #expect(
            diagnostic?.message == "unknown cell option 'hdie' (known: hide, skip, expect-error, ignore-output, budget=N, tolerance=X)")
    }

    @Test func badOptionValuesAreErrors() {
        #expect(throws: LessonError.self) { try LessonParser.parse("```micrograd budget=-3\nx\n```\n", path: "a.md") }
        #expect(throws: LessonError.self) { try LessonParser.parse("```micrograd tolerance=abc\nx\n```\n", path: "a.md") }
        #expect(throws: LessonError.self) { try LessonParser.parse("```micrograd hide=1\nx\n```\n", path: "a.md") }
    }

    @Test func outputBlockWithNoCellIsAnError() {
        let diagnostic = Fixture.diagnostic("orphan-output.md")
        #expect(diagnostic.map { "\($0.line):\($0.column)" } == "3:1")
        #expect(diagnostic?.message == "an output block must come directly after a micrograd cell (only blank lines between)")
    }

    @Test func secondOutputBlockIsAnError() {
        let text = "```micrograd\nx\n```\n```output\n1\n```\n```output\n2\n```\n"
        #expect(throws: LessonError.self) { try LessonParser.parse(text, path: "a.md") }
    }

    @Test func cellsInsideListsAreErrors() {
        let text = "- item\n\n  ```micrograd\n  x = 1\n  ```\n"
        #expect(throws: LessonError.self) { try LessonParser.parse(text, path: "a.md") }
    }

    @Test func reportsAllProblemsSortedByLine() throws {
        let text = "```micrograd bogus\nx\n```\n\n```output\ny\n```\n```output\nz\n```\n"
        do {
            _ = try LessonParser.parse(text, path: "two.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.line) == [1, 8])
            #expect(
                error.report == """
                    two.md:1:14: error: CellOptionError: unknown cell option 'bogus' (known: hide, skip, expect-error, ignore-output, budget=N, tolerance=X)
                        ```micrograd bogus
                                     ^
                    two.md:8:1: error: LessonError: an output block must come directly after a micrograd cell (only blank lines between)
                        ```output
                        ^
                    """)
        }
    }

    @Test func nulByteIsAClearError() {
        do {
            _ = try LessonParser.parse(bytes: Array("# Hi\nab\0c\n".utf8), path: "nul.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.formatted == "nul.md:2:3: error: EncodingError: the lesson contains a NUL byte at byte offset 7")
        }
    }

    @Test func invalidUTF8IsAClearError() {
        do {
            _ = try LessonParser.parse(bytes: [0x23, 0x0A, 0x61, 0xFF, 0x62], path: "bad.md")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.diagnostics.first?.formatted
                    == "bad.md:2:2: error: EncodingError: the lesson is not valid UTF-8 (bad byte at byte offset 3)")
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: LessonError.self) { try LessonParser.load(path: "/nonexistent/lesson.md") }
    }
}

@Suite struct FrontMatterValueTests {
    @Test func readsEveryKey() throws {
        let text = """
            ---
            title: "The neuron: forward"
            summary: One neuron.
            seed: 42
            tolerance: 1e-6
            budget: 5000000
            graph_limit: 800
            trust_html: true
            ---
            """
        let document = try #require(Fixture.document(text))
        #expect(
            document.frontMatter
                == FrontMatter(
                    title: "The neuron: forward", summary: "One neuron.", seed: 42, tolerance: 1e-6, budget: 5_000_000,
                    graphLimit: 800, trustHTML: true))
    }

    @Test func htmlIsUntrustedUnlessTheAuthorSaysSo() {
        #expect(Fixture.document("---\ntitle: T\n---\n")?.frontMatter.trustHTML == false)
        #expect(Fixture.document("---\ntrust_html: false\n---\n")?.frontMatter.trustHTML == false)
        #expect(Fixture.document("---\ntrust_html: yes please\n---\n") == nil)
    }

    @Test func toleranceMayBeWrittenInAnyFloatSpelling() throws {
        for spelling in ["1e-9", "1.0e-9", "0.000000001", "1E-9"] {
            let document = try #require(Fixture.document("---\ntolerance: \(spelling)\n---\n"), "\(spelling)")
            #expect(document.frontMatter.tolerance == 1e-9, "\(spelling)")
        }
        #expect(Fixture.document("---\ntolerance: 0\n---\n")?.frontMatter.tolerance == 0)
    }

    @Test func rejectsValuesOutOfRange() {
        #expect(Fixture.document("---\nbudget: 0\n---\n") == nil)
        #expect(Fixture.document("---\ntolerance: -1\n---\n") == nil)
        #expect(Fixture.document("---\n- a list\n---\n") == nil)
    }
}
