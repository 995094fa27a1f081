import MicrogradScript

/// What one cell produced when its lesson ran.
///
/// Two results are equal when the cell and what it produced are; the time it took is not part of that.
public struct CellResult: Equatable, Sendable {
    /// The cell that ran (or was skipped).
    public var cell: Cell
    /// Its outputs in order. Error diagnostics already point into the lesson file (`file`, file line).
    public var outputs: [Output]
    /// False for a `skip` cell, which has no outputs.
    public var ran: Bool
    /// How long the cell took to run, in seconds (0 for a cell that did not run). Measured with a clock, so only
    /// reports made for CI show it (JUnit's `time=`); nothing compared or rendered depends on it.
    public var seconds: Double

    /// Makes a cell result.
    public init(cell: Cell, outputs: [Output], ran: Bool = true, seconds: Double = 0) {
        self.cell = cell
        self.outputs = outputs
        self.ran = ran
        self.seconds = seconds
    }

    /// Equal cells, outputs and whether the cell ran, whatever the time.
    public static func == (left: CellResult, right: CellResult) -> Bool {
        left.cell == right.cell && left.outputs == right.outputs && left.ran == right.ran
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

    /// The text `check` compares with the expected block and `--update` writes into it, in the form a block
    /// can hold (`ExpectedOutput.storable`).
    public var plainText: String { ExpectedOutput.storable(outputs.plainText) }

    /// The text Jupyter stores for these outputs: the same as `plainText`, except that a figure is matplotlib's
    /// `<Figure size 500x500 with 1 Axes>`, the `text/plain` beside a notebook's picture.
    public var jupyterText: String {
        ExpectedOutput.storable(
            outputs.map { output in
                if case .plot(let plot) = output { return plot.figureRepr }
                return output.plainText
            }.joined(separator: "\n"))
    }
}
