/// One lesson after `check`: how each cell fared, and the lesson text `--update` would write.
public struct LessonCheck: Equatable, Sendable {
    /// The run the verdicts come from.
    public var run: RunResult
    /// One verdict per cell, in order.
    public var verdicts: [CellVerdict]

    /// Makes a lesson check.
    public init(run: RunResult, verdicts: [CellVerdict]) {
        self.run = run
        self.verdicts = verdicts
    }

    /// The lesson's path.
    public var path: String { run.document.path }
    /// The verdicts that are failures.
    public var failures: [CellVerdict] { verdicts.filter(\.failed) }
    /// True when no cell failed.
    public var passed: Bool { failures.isEmpty }

    /// New expected text for each cell whose expected block should change, keyed by cell index: cells that
    /// ran and whose output does not match (within tolerance) or that have output and no block. Cells that
    /// match keep their bytes, so an unchanged lesson is rewritten to identical bytes.
    public var updates: [Int: String] {
        var updates: [Int: String] = [:]
        for verdict in verdicts {
            switch verdict.status {
            case .mismatch(_, let actual, _), .missingExpected(let actual):
                updates[verdict.result.cell.index] = actual
            case .unexpectedError, .missingError:
                let cell = verdict.result.cell
                let actual = verdict.result.plainText
                let unchanged = cell.expected.map { OutputComparison.matches(expected: $0.text, actual: actual, tolerance: 0) } ?? actual.isEmpty
                if !unchanged { updates[cell.index] = actual }
            case .passed, .skipped:
                break
            }
        }
        return updates
    }
}
