/// What `MathConverter` produces for one TeX span: the MathML to embed, and what a lesson author should fix.
///
/// Warnings carry no location; the caller knows the file and line of the span and prefixes them.
public struct MathResult: Equatable, Sendable {
    /// A complete `<math …>…</math>` element, XML-escaped, with no insignificant whitespace.
    public var mathML: String
    /// Problems found in the TeX, in source order, each reported once (e.g. `unsupported TeX command \foo`).
    public var warnings: [String]

    /// Creates a result; the converter is the usual source of these.
    public init(mathML: String, warnings: [String]) {
        self.mathML = mathML
        self.warnings = warnings
    }
}
