/// A Python exception raised while a cell runs: its kind (`NameError`), Python's message, and where it happened.
///
/// Runtime helpers throw it without a place; the compiled node that called them fills in its own position on the
/// way out, so the innermost position inside the current cell is the one reported. An exception that lesson code
/// raised (or caught, and so needed as an object) carries its object in `exception`; built-in errors make theirs
/// only when a handler binds them (`except ValueError as e`).
///
/// `@unchecked Sendable` because `Error` demands it: an error in flight carries its session's objects, and never
/// leaves the one thread that runs that session's cell.
struct PyError: Error, @unchecked Sendable {
    var kind: String
    var message: String
    /// The exception object, once there is one.
    var exception: Instance?
    /// The exception's `args` when they are not just the message (a `KeyError`'s key).
    var arguments: [Object]?
    /// A Gradbook limit (the step budget, the output limit): no `except` clause catches it, so a lesson cannot
    /// defeat a bound by catching its error.
    var isLimit = false
    var line: Int?
    var column: Int?
    /// The cell whose source `line` and `column` refer to.
    var cell: Int?

    init(_ kind: String, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A Gradbook limit's error (see `isLimit`).
    init(limit kind: String, _ message: String) {
        self.kind = kind
        self.message = message
        isLimit = true
    }

    /// An exception object raised by lesson code.
    init(raising exception: Instance, message: String) {
        kind = exception.type.name
        self.message = message
        self.exception = exception
    }

    static func type(_ message: String) -> PyError { PyError("TypeError", message) }
    static func value(_ message: String) -> PyError { PyError("ValueError", message) }
    static func name(_ name: String) -> PyError { PyError("NameError", "name '\(name)' is not defined") }
    static func index(_ message: String) -> PyError { PyError("IndexError", message) }
    static func attribute(_ typeName: String, _ name: String) -> PyError {
        PyError("AttributeError", "'\(typeName)' object has no attribute '\(name)'")
    }
    /// `KeyError(key)`: the message is the key's repr, and `args` is the key itself.
    static func key(_ key: Object, repr: String) -> PyError {
        var error = PyError("KeyError", repr)
        error.arguments = [key]
        return error
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

    /// The same error without a place, for raising again somewhere else (`raise e`).
    var unplaced: PyError {
        var error = self
        error.line = nil
        error.column = nil
        error.cell = nil
        return error
    }
}
