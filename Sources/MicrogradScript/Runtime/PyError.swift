/// A Python exception raised while a cell runs: its kind (`NameError`), Python's message, and where it happened.
///
/// Runtime helpers throw it without a place; the compiled node that called them fills in its own position on the
/// way out, so the innermost position inside the current cell is the one reported.
struct PyError: Error {
    var kind: String
    var message: String
    var line: Int?
    var column: Int?
    /// The cell whose source `line` and `column` refer to.
    var cell: Int?

    init(_ kind: String, _ message: String) {
        self.kind = kind
        self.message = message
    }

    static func type(_ message: String) -> PyError { PyError("TypeError", message) }
    static func value(_ message: String) -> PyError { PyError("ValueError", message) }
    static func name(_ name: String) -> PyError { PyError("NameError", "name '\(name)' is not defined") }
    static func index(_ message: String) -> PyError { PyError("IndexError", message) }
    static func attribute(_ typeName: String, _ name: String) -> PyError {
        PyError("AttributeError", "'\(typeName)' object has no attribute '\(name)'")
    }
    static let divisionByZero = PyError("ZeroDivisionError", "division by zero")
    static let mathDomain = PyError("ValueError", "math domain error")
    static let mathRange = PyError("OverflowError", "math range error")
    static let intOverflow = PyError(
        "OverflowError", "integer result does not fit in 64 bits (Gradbook's integers are 64-bit)")

    /// The same error placed at `line:column` of `cell`, unless it already has a place in that cell.
    func placed(line: Int, column: Int, cell: Int) -> PyError {
        if self.cell == cell, self.line != nil { return self }
        var placed = self
        placed.line = line
        placed.column = column
        placed.cell = cell
        return placed
    }
}
