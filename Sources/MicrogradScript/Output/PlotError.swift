/// Why a plotting call was refused: the Python exception matplotlib or numpy would raise, and its message.
public struct PlotError: Error, Equatable, Sendable {
    /// The exception's name: `ValueError`, `TypeError`, …
    public let kind: String
    /// matplotlib's or numpy's message.
    public let message: String

    /// Makes an error.
    public init(_ kind: String, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A `ValueError`.
    public static func value(_ message: String) -> PlotError { PlotError("ValueError", message) }

    /// A `TypeError`.
    public static func type(_ message: String) -> PlotError { PlotError("TypeError", message) }
}
