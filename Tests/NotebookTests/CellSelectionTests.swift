import Testing

@testable import Notebook

/// `-k`: pytest's expressions over a cell's names.
@Suite struct CellSelectionTests {
    private func matches(_ expression: String, _ keywords: [String]) throws -> Bool {
        try CellSelection.parse(expression).get().matches(keywords)
    }

    private let neuronCell3 = ["Notebooks/04-a-neuron.md", "04-a-neuron.md", "cell-3"]

    @Test func wordsMatchPartsOfNamesIgnoringCase() throws {
        #expect(try matches("neuron", neuronCell3))
        #expect(try matches("CELL-3", neuronCell3))
        #expect(try !matches("moons", neuronCell3))
        #expect(try matches("", neuronCell3), "an empty expression selects everything")
        #expect(try matches("Notebooks/04", neuronCell3))
    }

    @Test func andOrNotAndParentheses() throws {
        #expect(try matches("neuron and cell-3", neuronCell3))
        #expect(try !matches("neuron and not cell-3", neuronCell3))
        #expect(try matches("moons or neuron", neuronCell3))
        #expect(try matches("not (moons or training) and neuron", neuronCell3))
        #expect(try !matches("not not moons", neuronCell3))
        #expect(try matches("(neuron)", neuronCell3))
    }

    @Test func badExpressionsSayWhereAndWhatWasExpected() {
        let cases: [(String, String)] = [
            ("neuron and", "-k 'neuron and': at column 11: expected a word, 'not' or '('; got end of input"),
            ("(neuron", "-k '(neuron': at column 8: expected ')'; got end of input"),
            ("neuron moons", "-k 'neuron moons': at column 8: expected end of input; got 'moons'"),
            ("a & b", "-k 'a & b': at column 3: expected a word, 'not' or '('; got unexpected character \"&\""),
            ("or", "-k 'or': at column 1: expected a word, 'not' or '('; got 'or'"),
        ]
        for (expression, message) in cases {
            guard case .failure(let failure) = CellSelection.parse(expression) else {
                Issue.record("\(expression) parsed")
                continue
            }
            #expect(failure.description == message)
        }
    }

    @Test func aCheckerRunsTheCellsBeforeASelectedOneButJudgesOnlyIt() throws {
        let document = try #require(
            Fixture.document("```micrograd\na = 2\n```\n\n```micrograd\nprint(a * 3)\n```\n```output\n6\n```\n\n```micrograd\nprint(nope)\n```\n", path: "l.md"))
        let selection = try CellSelection.parse("cell-2").get()
        let check = Checker(selection: selection).check(document)
        #expect(check.run.cells.count == 2, "cell 1 runs for its names; cell 3 comes after the last selected cell and does not")
        #expect(check.verdicts.map(\.result.cell.name) == ["cell-2"])
        #expect(check.verdicts.map(\.status) == [.passed])
        #expect(check.deselected == 2)
        #expect(CheckReport.summary(checks: [check], errors: [], style: .plain) == "1 passed, 0 failed, 2 deselected (1 cell in 1 lesson)")
        let none = Checker(selection: try CellSelection.parse("moons").get()).check(document)
        #expect(none.run.cells.isEmpty && none.verdicts.isEmpty && none.deselected == 3)
    }

    @Test func failFastStopsAtTheFirstFailingCell() throws {
        let document = try #require(Fixture.document("```micrograd\nprint(x)\n```\n\n```micrograd\nprint(1)\n```\n```output\n1\n```\n", path: "l.md"))
        let check = Checker(failFast: true).check(document)
        #expect(check.run.cells.count == 1)
        #expect(check.notRun == 1)
        #expect(
            CheckReport.summary(checks: [check], errors: [], style: .plain)
                == "0 passed, 1 failed, 1 not run (1 cell in 1 lesson); failures: l.md:1 (unexpected error)")
    }
}
