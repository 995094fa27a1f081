/// One lesson after `check`: how each selected cell fared, and the lesson text `--update` would write.
public struct LessonCheck: Equatable, Sendable {
    /// The run the verdicts come from.
    public var run: RunResult
    /// One verdict per selected cell that was reached, in order.
    public var verdicts: [CellVerdict]
    /// Cells that `-k` left out.
    public var deselected: Int
    /// Selected cells never reached because `--fail-fast` stopped the lesson at a failure.
    public var notRun: Int

    /// Makes a lesson check.
    public init(run: RunResult, verdicts: [CellVerdict], deselected: Int = 0, notRun: Int = 0) {
        self.run = run
        self.verdicts = verdicts
        self.deselected = deselected
        self.notRun = notRun
    }

    /// The lesson's path.
    public var path: String { run.document.path }
    /// The verdicts that are failures.
    public var failures: [CellVerdict] { verdicts.filter(\.failed) }
    /// True when no cell failed.
    public var passed: Bool { failures.isEmpty }

    /// The new expected text of each cell whose expected output should change, keyed by cell index.
    ///
    /// Only cells that ran as they should and whose output differs beyond the tolerance, or that have output
    /// and no block, are updated; a block that matches within the tolerance keeps its bytes, numbers and all.
    /// A cell that failed (an error without `expect-error`, or no error with it) is never recorded: its error is
    /// not an output anyone expects.
    public var updates: [Int: String] {
        var updates: [Int: String] = [:]
        for verdict in verdicts {
            switch verdict.status {
            case .mismatch, .missingExpected:
                updates[verdict.result.cell.index] = verdict.result.plainText
            case .passed, .skipped, .unexpectedError, .missingError:
                break
            }
        }
        return updates
    }
}
