import Testing
@testable import MicrogradScript

/// Highlighting classifies with the real lexer and always gives the source back exactly.
@Suite struct HighlightTests {
    private func classes(_ source: String) -> String {
        SourceToken.highlight(source).map { "\($0.kind.rawValue)(\($0.text))" }.joined(separator: " ")
    }

    @Test func classifiesEachKind() {
        #expect(classes("x = 1  # one") == "name(x) whitespace( ) operator(=) whitespace( ) number(1) whitespace(  ) comment(# one)")
        #expect(classes("if not a: print(f'{a}')")
            == "keyword(if) whitespace( ) keyword(not) whitespace( ) name(a) punctuation(:) whitespace( ) "
            + "builtin(print) punctuation(() string(f'{a}') punctuation())")
        #expect(classes("o = MLP(3, [4, 1])") == "name(o) whitespace( ) operator(=) whitespace( ) builtin(MLP) punctuation(() "
            + "number(3) punctuation(,) whitespace( ) punctuation([) number(4) punctuation(,) whitespace( ) number(1) "
            + "punctuation(]) punctuation())")
        #expect(classes("a.sum **= -1e-3") == "name(a) punctuation(.) name(sum) whitespace( ) operator(**=) whitespace( ) "
            + "operator(-) number(1e-3)")
    }

    @Test func continuationsAndLineBreaks() {
        #expect(classes("x = \\\n  1\r\n") == "name(x) whitespace( ) operator(=) whitespace( ) whitespace(\\\n) whitespace(  ) "
            + "number(1) whitespace(\r\n)")
    }

    @Test func rejectedTextBecomesErrorTokens() {
        #expect(classes("s = 'open") == "name(s) whitespace( ) operator(=) whitespace( ) error('open)")
        #expect(classes("a $ 1abc") == "name(a) whitespace( ) error($) whitespace( ) error(1abc)")
    }

    @Test(arguments: [
        "", "'unterminated", "\"\"\"never\nclosed", "a\0b", "=\0", "x==\0\0", "emoji 😀 = 1", "lone\rreturn", "tab\tand\u{0C}feed",
        "f'{x!r:>{w}}' rb'raw' 0x_ff 1__2 .5j", "\\", "\\x", "é = café + 1", "🙂🙂\u{301}", "\r\n\r\n", "  # c\n\t# d",
        "((((]]]]", "x = '''a\\'''' + \"b\\\"\"", "1e+", "0b", "class C: pass", "\u{FEFF}x", "a\u{200B}b",
    ])
    func tokensCoverTheSourceExactly(source: String) {
        let tokens = SourceToken.highlight(source)
        #expect(tokens.map(\.text).joined().unicodeScalars.elementsEqual(source.unicodeScalars))
        #expect(tokens.allSatisfy { !$0.text.isEmpty })
    }
}

extension HighlightTests {
    @Test func symbolsNeverSwallowTheScalarAfterThem() {
        #expect(SourceToken.highlight("=\0").map(\.text) == ["=", "\0"])
        #expect(SourceToken.highlight("**=\0").map(\.kind) == [.operator, .error])
    }
}
