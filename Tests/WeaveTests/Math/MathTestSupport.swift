@testable import Weave

/// The MathML body of `tex` converted as inline math, without the `<math …>` wrapper every result shares.
func mathBody(_ tex: String) -> String {
    unwrap(MathConverter.convert(tex, display: false).mathML)
}

/// The warnings converting `tex` produces.
func mathWarnings(_ tex: String) -> [String] {
    MathConverter.convert(tex, display: false).warnings
}

private func unwrap(_ mathML: String) -> String {
    let open = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
    guard mathML.hasPrefix(open), mathML.hasSuffix("</math>") else { return "NOT WRAPPED: " + mathML }
    return String(mathML.dropFirst(open.count).dropLast("</math>".count))
}
