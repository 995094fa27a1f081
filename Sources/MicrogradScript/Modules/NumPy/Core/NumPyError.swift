/// An error numpy would raise, as a value: the Python exception class to raise and numpy's exact message.
///
/// The array core knows nothing of the interpreter; its wrapper turns a `NumPyError` into the Python exception
/// named by `kind`, so a lesson sees what numpy would have shown (`IndexError: index 5 is out of bounds for axis 0
/// with size 3`).
public struct NumPyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception class numpy raises.
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case indexError = "IndexError"
        case typeError = "TypeError"
        case memoryError = "MemoryError"
        case zeroDivisionError = "ZeroDivisionError"
        case overflowError = "OverflowError"
        /// numpy's `AxisError`, a subclass of both `ValueError` and `IndexError`.
        case axisError = "AxisError"
    }

    /// Which exception to raise.
    public let kind: Kind
    /// numpy's message, word for word.
    public let message: String

    /// An error of `kind` with numpy's `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `Kind: message`, as Python prints an uncaught exception's last line.
    public var description: String { "\(kind.rawValue): \(message)" }

    static func value(_ message: String) -> NumPyError { NumPyError(.valueError, message) }
    static func index(_ message: String) -> NumPyError { NumPyError(.indexError, message) }
    static func type(_ message: String) -> NumPyError { NumPyError(.typeError, message) }

    /// numpy's message for an axis argument outside `-ndim..<ndim`.
    static func axis(_ axis: Int, ndim: Int) -> NumPyError {
        NumPyError(.axisError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
    }

    /// numpy's message for an index outside its axis.
    static func outOfBounds(_ index: Int, axis: Int, size: Int) -> NumPyError {
        .index("index \(index) is out of bounds for axis \(axis) with size \(size)")
    }

    /// numpy's message when a ufunc has no loop for the operands' dtypes.
    static func unsupported(ufunc: String) -> NumPyError {
        .type("ufunc '\(ufunc)' not supported for the input types, and the inputs could not be safely coerced to any "
            + "supported types according to the casting rule ''safe''")
    }
}
