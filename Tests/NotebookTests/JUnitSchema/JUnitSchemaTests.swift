import Foundation
import MicrogradScript
import Testing

@testable import Notebook

/// Gradbook's JUnit reports against the schema Jenkins uses (`Lessons/junit/junit-10.xsd`, see SOURCE.md).
@Suite struct JUnitSchemaTests {
    static func schema() throws -> XSDSchema {
        let data = try #require(FileManager.default.contents(atPath: Fixture.path("junit/junit-10.xsd")))
        return try XSDSchema(try XMLTree.parse(data).get())
    }

    private func problems(_ xml: String) throws -> [String] {
        let root = try XMLTree.parse(Data(xml.utf8)).get()
        return XSDValidator.problems(root, schema: try Self.schema())
    }

    @Test func everyKindOfVerdictGivesAValidReport() throws {
        let document = try #require(
            Fixture.document(
                "```micrograd\na\n```\n```output\n1\n```\n\n```micrograd skip\nb\n```\n\n```micrograd\nc\n```\n\n```micrograd expect-error\nd\n```\n\n```micrograd\ne\n```\n",
                path: "Notebooks/01-<all> & \"kinds\".md"))
        let error = Diagnostic(file: document.path, line: 11, column: 1, kind: "NameError", message: "name 'c' is not defined \u{1B}[31m")
        var run = Fixture.run(document, [[.value("2")], nil, [.error(error)], [], [.text("x\n")]])
        run.cells[0].seconds = 1234.5678
        let invalid = LessonError(
            path: "Notebooks/00-bad.md",
            diagnostics: [Diagnostic(file: "Notebooks/00-bad.md", line: 1, column: 1, kind: "FrontMatterError", message: "bad <yaml>")])
        let notebook = try JupyterLesson.document(bytes: NotebookLessonTests.notebook(["print(1)"]), path: "n.ipynb")
        let xml = JUnitReport.xml(
            checks: [Checker().judge(run), Checker().check(notebook), LessonCheck(run: RunResult(document: document, cells: []), verdicts: [])],
            errors: [invalid])
        #expect(try problems(xml) == [])
        let statuses = Checker().judge(run).verdicts.map(\.failureName)
        #expect(statuses == ["mismatch", "skipped", "unexpected error", "expected an error", "no expected output"])
    }

    @Test func theCheckFindsWhatTheSchemaForbids() throws {
        #expect(
            try problems("<testsuites skipped=\"1\"><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\"/></testsuites>")
                == ["testsuites: attribute 'skipped' is not allowed"])
        #expect(try problems("<testsuites><testsuite name=\"a\" tests=\"1\" time=\"1.2345\"/></testsuites>") == [
            "testsuite: 'time=\"1.2345\"' does not match SUREFIRE_TIME",
            "testsuite: the required attribute 'errors' is missing",
            "testsuite: the required attribute 'failures' is missing",
        ])
        #expect(
            try problems("<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase name=\"c\"><failure/><bogus/></testcase></testsuite></testsuites>")
                == ["testcase: children [\"failure\", \"bogus\"] do not fit its content model", "bogus: not an element of the schema"])
        #expect(try problems("<testsuites><testcase name=\"c\"/></testsuites>") == ["testsuites: children [\"testcase\"] do not fit its content model"])
    }
}
