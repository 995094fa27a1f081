import MicrogradScript
import Testing

@testable import Notebook

@Suite struct RunnerTests {
    private func run(_ text: String) throws -> RunResult {
        Runner().run(try LessonParser.parse(text, path: "lesson.md"))
    }

    @Test func cellsShareOneSessionSeededFromTheFrontMatter() throws {
        let cells = "```micrograd\nimport random\n```\n\n```micrograd\nprint(random.random())\n```\n"
        let unseeded = try run(cells).cells.map(\.plainText)
        let zero = try run("---\nseed: 0\n---\n" + cells).cells.map(\.plainText)
        let seven = try run("---\nseed: 7\n---\n" + cells).cells.map(\.plainText)
        #expect(unseeded == zero, "the seed is 0 by default")
        #expect(unseeded[1] != seven[1])
        #expect(unseeded[1] == "0.8444218515250481", "CPython's random.seed(0); random.random()")
    }

    @Test func aFailingCellDoesNotStopTheLesson() throws {
        let result = try run("```micrograd\nx = 1\n```\n\n```micrograd\nprint(x3)\n```\n\n```micrograd\nprint(x + 1)\n```\n")
        #expect(result.cells.map(\.plainText) == ["", "NameError: name 'x3' is not defined", "2"])
        #expect(result.unexpectedFailures.map(\.cell.index) == [1])
    }

    @Test func errorsPointAtTheFileLineAndColumn() throws {
        let result = try run("---\ntitle: T\n---\n# T\n\n```micrograd\ny = 1\nz = y + x3\n```\n")
        #expect(result.cells.first?.error?.formatted == "lesson.md:8:9: error: NameError: name 'x3' is not defined")
    }

    /// A message that names another line (an unclosed bracket, a block's header) names it as the file numbers
    /// it, like the position before it.
    @Test func linesNamedInsideMessagesAreFileLines() throws {
        let result = try run("# T\n\n```micrograd\nx = [1,\n  2)\n```\n\n```micrograd\nif True:\nprint(1)\n```\n")
        #expect(result.cells.map { $0.error?.formatted } == [
            "lesson.md:5:4: error: SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 4",
            "lesson.md:10:1: error: IndentationError: expected an indented block after 'if' statement on line 9",
        ])
    }

    @Test func errorsInAnIndentedCellCountTheIndentation() throws {
        let result = try run("  ```micrograd\n  y = 1\n  z = y + x3\n  ```\n")
        #expect(result.cells.first?.error.map { "\($0.line):\($0.column)" } == "3:11")
    }

    @Test func skippedCellsDoNotRunAndBudgetsApply() throws {
        let result = try run("```micrograd skip\nprint(1)\n```\n\n```micrograd budget=50\nwhile True:\n    pass\n```\n")
        #expect(result.cells[0].ran == false)
        #expect(result.cells[0].outputs.isEmpty)
        #expect(result.cells[1].error != nil)
        #expect((6...7).contains(result.cells[1].error?.line ?? 0), "inside the loop, in file lines")
    }
}
