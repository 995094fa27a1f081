import MicrogradScript

/// How one cell fared in `check`.
public struct CellVerdict: Equatable, Sendable {
    /// What was found.
    public enum Status: Equatable, Sendable {
        /// The output matches the expected block (or the cell printed nothing and has none).
        case passed
        /// The cell has `skip`: it did not run.
        case skipped
        /// The output differs from the expected block by more than `tolerance`.
        case mismatch(expected: String, actual: String, tolerance: Double)
        /// The cell printed something but has no expected block under it.
        case missingExpected(actual: String)
        /// The cell stopped with an error and has no `expect-error`.
        case unexpectedError(Diagnostic)
        /// The cell has `expect-error` but finished without one.
        case missingError
    }

    /// The lesson's path as the user named it.
    public var path: String
    /// The cell and what it produced.
    public var result: CellResult
    /// The outcome.
    public var status: Status

    /// Makes a verdict.
    public init(path: String, result: CellResult, status: Status) {
        self.path = path
        self.result = result
        self.status = status
    }

    /// True for anything but a pass or a skip.
    public var failed: Bool {
        switch status {
        case .passed, .skipped: false
        default: true
        }
    }

    /// A few words for the summary line: `mismatch`, `unexpected error`, ….
    public var failureName: String {
        switch status {
        case .passed: "passed"
        case .skipped: "skipped"
        case .mismatch: "mismatch"
        case .missingExpected: "no expected output"
        case .unexpectedError: "unexpected error"
        case .missingError: "expected an error"
        }
    }

    /// `path:line` of the cell's opening fence, the heading of everything printed about it.
    public var location: String { "\(path):\(result.cell.fenceLine)" }
}
