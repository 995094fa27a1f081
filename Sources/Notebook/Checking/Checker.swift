/// Re-runs a lesson and compares each cell's plain-text output with its expected block.
///
/// The tolerance for a cell is the first that is set of: the cell's `tolerance=` option, the lesson's
/// `tolerance:`, the command line's `--tolerance`, and `OutputComparison.defaultTolerance`.
public struct Checker: Sendable {
    /// Runs the lessons.
    public var runner: Runner
    /// `--tolerance`, when given.
    public var tolerance: Double?

    /// Makes a checker.
    public init(runner: Runner = Runner(), tolerance: Double? = nil) {
        self.runner = runner
        self.tolerance = tolerance
    }

    /// Runs `document` and judges every cell.
    public func check(_ document: Document) -> LessonCheck {
        judge(runner.run(document))
    }

    /// Judges the cells of a finished run.
    public func judge(_ run: RunResult) -> LessonCheck {
        let lessonTolerance = run.document.frontMatter.tolerance
        let verdicts = run.cells.map { result in
            let tolerance = result.cell.options.tolerance ?? lessonTolerance ?? tolerance ?? OutputComparison.defaultTolerance
            return CellVerdict(path: run.document.path, result: result, status: status(of: result, tolerance: tolerance))
        }
        return LessonCheck(run: run, verdicts: verdicts)
    }

    private func status(of result: CellResult, tolerance: Double) -> CellVerdict.Status {
        guard result.ran else { return .skipped }
        if let error = result.error, !result.cell.options.expectError { return .unexpectedError(error) }
        if result.error == nil, result.cell.options.expectError { return .missingError }
        let actual = result.plainText
        guard let expected = result.cell.expected else {
            return actual.isEmpty ? .passed : .missingExpected(actual: actual)
        }
        if OutputComparison.matches(expected: expected.text, actual: actual, tolerance: tolerance) { return .passed }
        return .mismatch(expected: expected.text, actual: actual, tolerance: tolerance)
    }
}
