import MicrogradScript

/// How one cell fared in `check`.
public struct CellVerdict: Equatable, Sendable {
    /// What was found.
    public enum Status: Equatable, Sendable {
        /// The output matches the expected block (or the cell printed nothing and has none).
        case passed
        /// The cell has `skip`: it did not run.
        case skipped
        /// The output differs from the expected block by more than the tolerance.
        case mismatch(Mismatch)
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
    /// Where the cell is: `path:line` of its fence, or `path:cell N` in a notebook.
    public var place: String

    /// Makes a verdict; `place` defaults to the cell's fence line in `path`.
    public init(path: String, result: CellResult, status: Status, place: String? = nil) {
        self.path = path
        self.result = result
        self.status = status
        self.place = place ?? "\(path):\(result.cell.fenceLine)"
    }

    /// True for anything but a pass or a skip.
    public var failed: Bool {
        switch status {
        case .passed, .skipped: false
        case .mismatch, .missingExpected, .unexpectedError, .missingError: true
        }
    }

    /// True for a failure in running the cell (`<error>` in JUnit), false for a pass, a skip, or an output that
    /// differs from what was expected (`<failure>`).
    public var isError: Bool {
        if case .unexpectedError = status { return true }
        return false
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

    /// Where a report about the cell points: for a mismatch in a Markdown lesson, the file line of the first
    /// expected output line that differs (`lesson.md:60`); else the cell's `place`.
    public var location: String {
        if case .mismatch(let mismatch) = status, let line = mismatch.fileLine { return "\(path):\(line)" }
        return place
    }
}

/// How a cell's output differs from its expected block.
public struct Mismatch: Equatable, Sendable {
    /// The expected text, as compared (sanitized).
    public var expected: String
    /// The fresh output, as compared (sanitized).
    public var actual: String
    /// The relative tolerance numbers were compared with.
    public var tolerance: Double
    /// The first line (from 0) where the two differ.
    public var firstDifference: Int
    /// The file line of the expected text's first line, when the lesson is Markdown; nil for a notebook, whose
    /// outputs have no lines in a file.
    public var firstLine: Int?

    /// Makes a mismatch.
    public init(expected: String, actual: String, tolerance: Double, firstDifference: Int = 0, firstLine: Int? = nil) {
        self.expected = expected
        self.actual = actual
        self.tolerance = tolerance
        self.firstDifference = firstDifference
        self.firstLine = firstLine
    }

    /// The file line of the first differing line, in a Markdown lesson.
    public var fileLine: Int? { firstLine.map { $0 + firstDifference } }
}
