import Testing

@testable import Notebook

/// nbval's sanitizers: regex replacements applied to both sides before comparing.
@Suite struct SanitizerTests {
    @Test func objectAddressesAreSanitizedByDefault() throws {
        let document = try #require(Fixture.document("```micrograd\nf\n```\n```output\n<function f at 0x10f636400>\n```\n"))
        let check = Checker().judge(Fixture.run(document, [[.value("<function f at 0x7f3a9c0b2d30>")]]))
        #expect(check.passed)
        #expect(check.updates.isEmpty, "a block that matches after sanitizing keeps its bytes")
        #expect(SanitizerSet([.objectAddresses]).apply("<a at 0xDEADbeef> at 0x1z, that 0x12") == "<a at 0x…> at 0x1z, that 0x12")
    }

    @Test func pythonsSyntaxRunsOnICU() {
        let sanitizers = SanitizerSet([
            Sanitizer(pattern: #"(?P<n>\d+) ms"#, replacement: #"\g<n>? N ms"#),
            Sanitizer(pattern: #"(\w+)@(\w+)"#, replacement: #"\2 at \1 costs $5"#),
        ])
        #expect(sanitizers.apply("took 12 ms; mail ann@home") == "took 12? N ms; mail home at ann costs $5")
        #expect(Sanitizer(pattern: "(unclosed", replacement: "").problem() == "the regex '(unclosed' does not compile")
        #expect(Sanitizer.icuPattern(#"(?P<a>x)(?P=a)\(?P<"#) == #"(?<a>x)\k<a>\(?P<"#)
    }

    @Test func nbvalsFileFormat() throws {
        let file = """
            [regex1]
            regex: \\d{1,2}/\\d{1,2}/\\d{2,4}
            replace: DATE-STAMP

            [regex2]
            regex: \\d{2}:\\d{2}:\\d{2}\r
            replace: TIME-STAMP
            regex: dangling
            """
        let sanitizers = try SanitizerFile.parse(file, path: "s.cfg").get()
        #expect(
            sanitizers == [
                Sanitizer(pattern: #"\d{1,2}/\d{1,2}/\d{2,4}"#, replacement: "DATE-STAMP"),
                Sanitizer(pattern: #"\d{2}:\d{2}:\d{2}"#, replacement: "TIME-STAMP"),
            ])
        #expect(SanitizerSet(sanitizers).apply("on 1/2/2024 at 10:11:12") == "on DATE-STAMP at TIME-STAMP")
        guard case .failure(let problem) = SanitizerFile.parse("\nregex: [\nreplace: x\n", path: "s.cfg") else {
            Issue.record("a bad regex was accepted")
            return
        }
        #expect(problem.formatted == "s.cfg:2:8: error: SanitizerError: the regex '[' does not compile")
    }

    @Test func theLessonsFrontMatterAndTheCommandLineAddTheirOwn() throws {
        let document = try #require(
            Fixture.document(
                "---\nsanitize:\n  - regex: '\\d+ ms'\n    replace: 'N ms'\n---\n```micrograd\nx\n```\n```output\ntook 5 ms at 10:11\n```\n"))
        #expect(document.frontMatter.sanitize == [Sanitizer(pattern: #"\d+ ms"#, replacement: "N ms")])
        let run = Fixture.run(document, [[.value("took 7 ms at 12:13")]])
        #expect(!Checker().judge(run).passed)
        #expect(Checker(sanitizers: [Sanitizer(pattern: #"\d+:\d+"#, replacement: "T")]).judge(run).passed)
    }

    @Test func badSanitizeFrontMatterPointsAtItsLine() {
        let text = "---\ntitle: T\nsanitize:\n  - regex: '(oops'\n    replace: x\n---\n"
        do {
            _ = try LessonParser.parse(text, path: "s.md")
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map(\.formatted) == ["s.md:4:12: error: FrontMatterError: the regex '(oops' does not compile"])
        }
        do {
            _ = try LessonParser.parse("---\nsanitize: yes\n---\n", path: "s.md")
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map(\.formatted) == ["s.md:2:11: error: FrontMatterError: 'sanitize' must be a list of mappings with 'regex' and 'replace'"])
        }
    }
}
