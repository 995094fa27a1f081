import Foundation
import MicrogradScript
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import Notebook

@Suite struct JUnitReportTests {
    @Test func oneSuitePerLessonOneCasePerCellWithTimes() throws {
        let document = try #require(
            Fixture.document(
                "```micrograd\nx\n```\n```output\n<1 & 2>\n```\n\n```micrograd skip\ny\n```\n\n```micrograd\nz\n```\n",
                path: "Notebooks/01-a&b.md"))
        var run = Fixture.run(document, [[.text("\"x\" 'y'\n")], nil, []])
        run.cells[0].seconds = 0.0123
        run.cells[2].seconds = 1.5
        let check = Checker().judge(run)
        let invalid = LessonError(
            path: "Notebooks/00-bad.md",
            diagnostics: [Diagnostic(file: "Notebooks/00-bad.md", line: 2, column: 1, kind: "FrontMatterError", message: "unknown front matter key 'x'")])
        let xml = JUnitReport.xml(checks: [check], errors: [invalid])
        #expect(
            xml == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="gradbook check" tests="4" failures="1" errors="1" time="1.512">
                  <testsuite name="Notebooks/00-bad.md" tests="1" failures="0" errors="1" skipped="0" time="0.000">
                    <testcase classname="Notebooks.00-bad" name="parse" time="0.000"><error message="invalid lesson" type="LessonError">Notebooks/00-bad.md:2:1: error: FrontMatterError: unknown front matter key &apos;x&apos;</error></testcase>
                  </testsuite>
                  <testsuite name="Notebooks/01-a&amp;b.md" tests="3" failures="1" errors="0" skipped="1" time="1.512">
                    <testcase classname="Notebooks.01-a&amp;b" name="cell-1 (line 1)" time="0.012"><failure message="mismatch" type="mismatch">Notebooks/01-a&amp;b.md:5: cell 1 output differs from its expected block (tolerance 1e-09)
                --- expected
                +++ actual
                @@ -5 +5 @@
                -&lt;1 &amp; 2&gt;
                +&quot;x&quot; &apos;y&apos;</failure></testcase>
                    <testcase classname="Notebooks.01-a&amp;b" name="cell-2 (line 8)" time="0.000"><skipped/></testcase>
                    <testcase classname="Notebooks.01-a&amp;b" name="cell-3 (line 12)" time="1.500"></testcase>
                  </testsuite>
                </testsuites>

                """)
    }

    @Test func unexpectedErrorsAreErrorsAndMismatchesAreFailures() throws {
        let document = try #require(
            Fixture.document("```micrograd\nx\n```\n\n```micrograd\ny\n```\n```output\n1\n```\n", path: "a.md"))
        let error = Diagnostic(file: "a.md", line: 2, column: 1, kind: "NameError", message: "name 'x' is not defined")
        let xml = JUnitReport.xml(checks: [Checker().judge(Fixture.run(document, [[.error(error)], [.value("2")]]))], errors: [])
        #expect(xml.contains("<testsuites name=\"gradbook check\" tests=\"2\" failures=\"1\" errors=\"1\" time=\"0.000\">"))
        #expect(xml.contains("<testsuite name=\"a.md\" tests=\"2\" failures=\"1\" errors=\"1\" skipped=\"0\" time=\"0.000\">"))
        #expect(xml.contains("<error message=\"NameError: name &apos;x&apos; is not defined\" type=\"NameError\">a.md:2:1: error: NameError"))
        #expect(xml.contains("<failure message=\"mismatch\" type=\"mismatch\">a.md:9: cell 2 output differs"))
    }

    @Test func timesHaveThreeDecimalsAndClassNamesAreDotted() {
        #expect(JUnitReport.seconds(0) == "0.000")
        #expect(JUnitReport.seconds(0.0004) == "0.000")
        #expect(JUnitReport.seconds(0.0456) == "0.046")
        #expect(JUnitReport.seconds(12.3) == "12.300")
        #expect(JUnitReport.seconds(.nan) == "0.000")
        #expect(JUnitReport.className("Notebooks/04-a-neuron.md") == "Notebooks.04-a-neuron")
        #expect(JUnitReport.className("./demo.ipynb") == "demo")
        #expect(JUnitReport.className("v1.2/x.md") == "v1.2.x")
    }

    @Test func escapesCharactersXMLCannotHold() {
        #expect(JUnitReport.escape("a\u{1B}[31mb\u{0}c\td") == "a\u{FFFD}[31mb\u{FFFD}c\td")
        #expect(JUnitReport.escape("<script>") == "&lt;script&gt;")
    }

    @Test func hostileTextStillGivesWellFormedXMLWithOneCasePerCell() throws {
        let nasty = "<\"&'>]]> \u{1B}[31m \u{0}\u{1}\u{FFFE} \u{1F600} --> <!-- <![CDATA["
        let document = try #require(
            Fixture.document(
                "```micrograd\nx\n```\n```output\n\(nasty.replacingOccurrences(of: "\u{0}", with: ""))\n```\n\n```micrograd\ny\n```\n\n```micrograd skip\nz\n```\n",
                path: "Notebooks/<&\"'>.md"))
        let error = Diagnostic(file: document.path, line: 8, column: 1, kind: "NameError", message: nasty)
        let check = Checker().judge(Fixture.run(document, [[.text(nasty + "!\n")], [.error(error)], nil]))
        let invalid = LessonError(
            path: "bad \(nasty).md",
            diagnostics: [Diagnostic(file: "bad.md", line: 1, column: 1, kind: "FrontMatterError", message: nasty)])
        let xml = JUnitReport.xml(checks: [check], errors: [invalid])
        let reader = XMLReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        #expect(parser.parse() && parser.parserError == nil, "\(String(describing: parser.parserError))")
        #expect(reader.elements.filter { $0 == "testcase" }.count == 4, "three cells and one unreadable lesson")
        #expect(reader.elements.filter { $0 == "failure" }.count == 1, "the mismatch")
        #expect(reader.elements.filter { $0 == "skipped" }.count == 1)
        #expect(reader.elements.filter { $0 == "error" }.count == 2, "the unexpected error and the unreadable lesson")
        #expect(reader.suiteNames.contains("Notebooks/<&\"'>.md"), "names come back unescaped")
    }
}

/// Collects element names and suite names while `XMLParser` checks the document is well formed.
private final class XMLReader: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var suiteNames: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(elementName)
        if elementName == "testsuite", let name = attributes["name"] { suiteNames.append(name) }
    }
}
