import MicrogradScript
import Testing

@testable import Notebook

@Suite struct DiagnosticQuoteTests {
    static func error(line: Int, column: Int) -> Diagnostic {
        Diagnostic(file: "a.md", line: line, column: column, kind: "SyntaxError", message: "too many nested parentheses")
    }

    @Test func quotesTheLineWithACaretUnderTheColumn() {
        let text = DiagnosticQuote.render(Self.error(line: 2, column: 5), source: "```micrograd\nx = )\n```\n")
        #expect(text == "a.md:2:5: error: SyntaxError: too many nested parentheses\n    x = )\n        ^")
    }

    /// Found by the bad-input catalogue: 100,000 nested brackets were quoted whole, a 200,000-character line.
    @Test func aLongLineIsQuotedAsAWindowAroundTheColumn() {
        let line = "x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let text = DiagnosticQuote.render(Self.error(line: 1, column: 205), source: line + "\n")
        let quoted = text.split(separator: "\n").map(String.init)
        #expect(quoted.count == 3)
        #expect(quoted[1] == "    …" + String(repeating: "[", count: 120) + "…")
        #expect(quoted[2] == "    " + String(repeating: " ", count: 41) + "^")
    }

    @Test func aLongLineNearItsStartIsCutOnlyAtTheEnd() {
        let line = String(repeating: "a", count: 300)
        let quoted = DiagnosticQuote.render(Self.error(line: 1, column: 3), source: line).split(separator: "\n")
        #expect(quoted[1] == "    " + String(repeating: "a", count: 120) + "…")
        #expect(quoted[2] == "      ^")
    }
}
