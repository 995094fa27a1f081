import MicrogradScript
import Testing

/// Runs cells in one fresh session and returns the plain text of the last cell's outputs.
func run(_ cells: String..., seed: Int = 0, limits: Limits = Limits(), budget: Int? = nil) -> String {
    let session = Session(seed: seed, limits: limits)
    var outputs: [Output] = []
    for cell in cells { outputs = session.run(cell, stepBudget: budget) }
    return outputs.plainText
}

/// Runs cells in one fresh session and returns the last cell's outputs.
func outputs(_ cells: String..., seed: Int = 0, limits: Limits = Limits()) -> [Output] {
    let session = Session(seed: seed, limits: limits)
    var outputs: [Output] = []
    for cell in cells { outputs = session.run(cell) }
    return outputs
}

/// Checks that `source`, with its `1️⃣` marker removed, stops with `expected` (`Kind: message`) exactly where
/// the marker was, in the style of swift-format's diagnostic tests.
func expectDiagnostic(
    _ source: String, _ expected: String, before: [String] = [], limits: Limits = Limits(), budget: Int? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let marker = "1️⃣"
    var line = 1
    var column = 1
    var found = false
    for character in source {
        if String(character) == marker {
            found = true
            break
        }
        if character == "\n" {
            line += 1
            column = 1
        } else {
            column += character.unicodeScalars.count
        }
    }
    #expect(found, "the source has no 1️⃣ marker", sourceLocation: sourceLocation)
    let session = Session(limits: limits)
    for cell in before { _ = session.run(cell) }
    let cleaned = source.replacingOccurrences(of: marker, with: "")
    let result = session.run(cleaned, stepBudget: budget)
    guard case .error(let diagnostic)? = result.last else {
        Issue.record("expected \(expected), got \(result.plainText)", sourceLocation: sourceLocation)
        return
    }
    #expect(diagnostic.pythonStyle == expected, sourceLocation: sourceLocation)
    #expect(
        "\(diagnostic.line):\(diagnostic.column)" == "\(line):\(column)", "position of \(diagnostic.pythonStyle)",
        sourceLocation: sourceLocation)
}
