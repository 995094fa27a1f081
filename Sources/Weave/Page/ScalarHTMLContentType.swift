import Mustache

/// Mustache's HTML escaping done by `HTMLEscaping`, which walks Unicode scalars.
///
/// Mustache's built-in escaping matches whole Characters, so `"` followed by a combining mark (one Character)
/// was written as it was, and a browser reads the quote. Page templates select this content type first.
struct ScalarHTMLContentType: MustacheContentType {
    /// The name templates select it by, in a `CONTENT_TYPE` pragma.
    static let name = "GRADBOOK_HTML"

    /// Makes the content type known to Mustache (once per process; later calls do nothing).
    static func register() { _ = registration }

    private static let registration: Void = MustacheContentTypes.register(ScalarHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String { HTMLEscaping.text(text) }
}
