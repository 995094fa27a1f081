import MicrogradScript

/// What one cell produced when its lesson ran.
public struct CellResult: Equatable, Sendable {
    /// The cell that ran (or was skipped).
    public var cell: Cell
    /// Its outputs in order. Error diagnostics already point into the lesson file (`file`, file line).
    public var outputs: [Output]
    /// False for a `skip` cell, which has no outputs.
    public var ran: Bool

    /// Makes a cell result.
    public init(cell: Cell, outputs: [Output], ran: Bool = true) {
        self.cell = cell
        self.outputs = outputs
        self.ran = ran
    }

    /// The error that stopped the cell, if one did.
    public var error: Diagnostic? {
        for output in outputs.reversed() {
            if case .error(let diagnostic) = output { return diagnostic }
        }
        return nil
    }

    /// True when the cell's success disagrees with its `expect-error` option.
    public var failedUnexpectedly: Bool {
        guard ran else { return false }
        return (error != nil) != cell.options.expectError
    }

    /// The text `check` compares with the expected block and `--update` writes into it. A lesson may not hold
    /// a NUL (the parser refuses it), so a printed NUL is written as `␀` (U+2400); otherwise `--update` would
    /// make the lesson unreadable.
    public var plainText: String {
        let text = outputs.plainText
        guard text.unicodeScalars.contains("\0") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\0" ? "\u{2400}" : $0 }))
    }
}
