/// A Python exception raised by Gradbook's numpy and scikit-learn numerics: the exception's class and the message
/// the real library gives, so the interpreter can raise it unchanged.
///
/// ```swift
/// do { _ = try NumPyRandomState(seed: -1) } catch {
///     error.kind.rawValue   // "ValueError"
///     error.message         // "Seed must be between 0 and 2**32 - 1"
/// }
/// ```
public struct LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception class, spelled as Python prints it.
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case indexError = "IndexError"
        case overflowError = "OverflowError"
        /// scikit-learn's `InvalidParameterError`, a subclass of both `ValueError` and `TypeError`.
        case invalidParameterError = "InvalidParameterError"
    }

    public var kind: Kind
    public var message: String
    /// The array a message prints, for the one scikit-learn message that shows an ndarray with numpy's `str`
    /// (`make_blobs`'s "Length of `clusters_std` ..."): the caller may re-render `message` with its own printer.
    public var shownArray: RowMajorMatrix?

    public init(_ kind: Kind, _ message: String, shownArray: RowMajorMatrix? = nil) {
        self.kind = kind
        self.message = message
        self.shownArray = shownArray
    }

    /// `Kind: message`, as the last line of a Python traceback.
    public var description: String { "\(kind.rawValue): \(message)" }

    static func valueError(_ message: String) -> LibraryError { LibraryError(.valueError, message) }
    static func indexError(_ message: String) -> LibraryError { LibraryError(.indexError, message) }
    static func overflowError(_ message: String) -> LibraryError { LibraryError(.overflowError, message) }
}
