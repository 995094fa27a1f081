import MicrogradScript
import Testing

@testable import Notebook

@Suite struct CheckerTests {
    private func verdicts(_ name: String, _ outputs: [[Output]?], tolerance: Double? = nil) throws -> [CellVerdict.Status] {
        let document = try #require(try? Fixture.parse(name).get())
        return Checker(tolerance: tolerance).judge(Fixture.run(document, outputs)).verdicts.map(\.status)
    }

    @Test func mismatchIsReportedWithADiff() throws {
        let document = try #require(try? Fixture.parse("mismatch.md").get())
        let check = Checker().judge(Fixture.run(document, [[.text("2\n")]]))
        #expect(
            check.verdicts.map(\.status)
                == [.mismatch(Mismatch(expected: "3", actual: "2", tolerance: 1e-9, firstDifference: 0, firstLine: 7))])
        #expect(!check.passed)
        let report = CheckReport.describe(check.verdicts[0], in: document, style: .plain)
        #expect(
            report == """
                \(document.path):7: cell 1 output differs from its expected block (tolerance 1e-09)
                --- expected
                +++ actual
                @@ -7 +7 @@
                -3
                +2
                """)
        #expect(check.updates == [0: "2"])
    }

    @Test func lessonToleranceAppliesAndCellToleranceOverridesIt() throws {
        let output: [Output] = [.text("1000000.1000001\n")]
        let statuses = try verdicts("tolerance.md", [output, output])
        #expect(
            statuses == [
                .passed,
                .mismatch(Mismatch(expected: "1000000.1", actual: "1000000.1000001", tolerance: 0, firstDifference: 0, firstLine: 16)),
            ])
    }

    @Test func commandLineToleranceAppliesOnlyWhereTheLessonSetsNone() throws {
        let document = try #require(Fixture.document("```micrograd\nx\n```\n```output\n1.0\n```\n"))
        let run = Fixture.run(document, [[.value("1.01")]])
        #expect(Checker(tolerance: 0.1).judge(run).passed)
        #expect(!Checker().judge(run).passed)
        let strict = try #require(Fixture.document("---\ntolerance: 0\n---\n```micrograd\nx\n```\n```output\n1.0\n```\n"))
        #expect(!Checker(tolerance: 0.1).judge(Fixture.run(strict, [[.value("1.01")]])).passed)
    }

    @Test func expectErrorCellsMustFailAndMatchTheirError() throws {
        let nameError = Diagnostic(file: "x.md", line: 4, column: 7, kind: "NameError", message: "name 'x3' is not defined")
        let statuses = try verdicts("expect-error.md", [[.error(nameError)], []])
        #expect(statuses == [.passed, .missingError])
    }

    @Test func unexpectedErrorsFailEvenWhenTheTextMatches() throws {
        let document = try #require(Fixture.document("```micrograd\nx\n```\n```output\nZeroDivisionError: division by zero\n```\n"))
        let error = Diagnostic(file: "lesson.md", line: 2, column: 1, kind: "ZeroDivisionError", message: "division by zero")
        let check = Checker().judge(Fixture.run(document, [[.error(error)]]))
        #expect(check.verdicts.map(\.status) == [.unexpectedError(error)])
        #expect(
            CheckReport.describe(check.verdicts[0], in: document, style: .plain) == """
                lesson.md:2:1: error: ZeroDivisionError: division by zero
                    x
                    ^
                lesson.md:1: cell 1 failed; mark it `expect-error` if the error is the point
                """)
        #expect(check.updates.isEmpty)
    }

    @Test func outputWithoutExpectedBlockFailsWithAHint() throws {
        let document = try #require(Fixture.document("```micrograd\nx\n```\n\n```micrograd\ny = 1\n```\n"))
        let check = Checker().judge(Fixture.run(document, [[.value("3")], []]))
        #expect(check.verdicts.map(\.status) == [.missingExpected(actual: "3"), .passed])
        let report = CheckReport.describe(check.verdicts[0], in: document, style: .plain)
        #expect(
            report == """
                lesson.md:1: cell 1 has output but no ```output block under it; run `gradbook check --update lesson.md` to record it:
                    3
                """)
        #expect(check.updates == [0: "3"])
    }

    @Test func skippedCellsNeitherPassNorFail() throws {
        let document = try #require(Fixture.document("```micrograd skip\nx\n```\n```output\nanything\n```\n"))
        let check = Checker().judge(Fixture.run(document, [nil]))
        #expect(check.verdicts.map(\.status) == [.skipped])
        #expect(check.passed)
        #expect(check.updates.isEmpty)
    }

    @Test func matchingCellsWithinToleranceAreNotRewritten() throws {
        let document = try #require(Fixture.document("```micrograd\nx\n```\n```output\n0.30000000000000004\n```\n"))
        let check = Checker().judge(Fixture.run(document, [[.value("0.3")]]))
        #expect(check.passed)
        #expect(check.updates.isEmpty)
    }

    @Test func summaryNamesEveryFailure() throws {
        let document = try #require(try? Fixture.parse("mismatch.md").get())
        let check = Checker().judge(Fixture.run(document, [[.text("2\n")]]))
        let invalid = LessonError(path: "Notebooks/bad.md", diagnostics: [])
        #expect(
            CheckReport.summary(checks: [check], errors: [invalid], style: .plain)
                == "0 passed, 1 failed (1 cell in 2 lessons); failures: \(document.path):7 (mismatch), Notebooks/bad.md (invalid lesson)")
        #expect(CheckReport.summary(checks: [], errors: [], style: .plain) == "0 passed, 0 failed (0 cells in 0 lessons)")
    }

    @Test func theUpdateHintQuotesPathsThatNeedIt() {
        #expect(CheckReport.shellWord("Notebooks/03-neuron.md") == "Notebooks/03-neuron.md")
        #expect(CheckReport.shellWord("My Lessons/it's.md") == "'My Lessons/it'\\''s.md'")
    }

    @Test func outputIsComparedInTheFormABlockCanHold() throws {
        let document = try #require(Fixture.document("```micrograd\nx\n```\n```output\na\nb\u{2400}c\n```\n"))
        let check = Checker().judge(Fixture.run(document, [[.text("a\r\nb\0c\n")]]))
        #expect(check.passed)
        let bare = try #require(Fixture.document("```micrograd\nx\n```\n"))
        #expect(Checker().judge(Fixture.run(bare, [[.text("a\rb\n")]])).updates == [0: "a\nb"])
    }
}
