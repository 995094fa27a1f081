import Foundation
import Testing
@testable import MicrogradScript

/// Foundation has an `Expression` of its own; tests name the syntax tree's one through this alias.
typealias ParsedExpression = MicrogradScript.Expression

/// The program's fully parenthesized rendition, or the diagnostic `line:column: Kind: message`.
func rendition(_ source: String, limits: Limits = Limits()) -> String {
    do {
        return try Parser.parse(source, limits: limits).description
    } catch {
        return "\(error.line):\(error.column): \(error.kind): \(error.message)"
    }
}

/// Checks that `markedSource` fails to parse at its `1️⃣` marker with `kind: message`, in the style of
/// swift-format's tests: the marker shows where the caret goes.
func expectDiagnostic(
    _ markedSource: String, _ kind: String, _ message: String, limits: Limits = Limits(),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let marker = "1️⃣"
    guard let markerRange = markedSource.range(of: marker) else {
        Issue.record("no 1️⃣ marker in the source", sourceLocation: sourceLocation)
        return
    }
    let before = markedSource[..<markerRange.lowerBound]
    let source = markedSource.replacingOccurrences(of: marker, with: "")
    let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines.count
    let column = (lines.last.map { $0.unicodeScalars.count } ?? 0) + 1
    #expect(
        rendition(source, limits: limits) == "\(line):\(column): \(kind): \(message)",
        sourceLocation: sourceLocation)
}

/// The first statement's first expression, for position tests.
func firstExpression(_ source: String) throws -> ParsedExpression {
    let program = try Parser.parse(source)
    switch program.body.first?.kind {
    case .expression(let expression)?: return expression
    case .assign(_, let value)?: return value
    default:
        Issue.record("the first statement holds no expression")
        return ParsedExpression(.none, at: SourcePosition(line: 0, column: 0))
    }
}
