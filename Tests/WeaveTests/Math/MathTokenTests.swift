import Testing
@testable import Weave

@Suite struct MathTokenTests {
    @Test func singleLettersAreSeparateIdentifiers() {
        #expect(mathBody("ab") == "<mi>a</mi><mi>b</mi>")
    }

    @Test func digitsAndOneDecimalPointMakeANumber() {
        #expect(mathBody("1.0") == "<mn>1.0</mn>")
        #expect(mathBody("12.25.3") == "<mn>12.25</mn><mi>.</mi><mn>3</mn>")
        #expect(mathBody("3.") == "<mn>3</mn><mi>.</mi>")
    }

    @Test func whiteSpaceIsIgnored() {
        #expect(mathBody("a \n b") == "<mi>a</mi><mi>b</mi>")
    }

    @Test func percentStartsAComment() {
        #expect(mathBody("a % note\n b") == "<mi>a</mi><mi>b</mi>")
    }

    @Test func binaryOperatorsUseTeXGlyphs() {
        #expect(mathBody("a+b-c*d") == "<mi>a</mi><mo>+</mo><mi>b</mi><mo>\u{2212}</mo><mi>c</mi><mo>\u{2217}</mo><mi>d</mi>")
    }

    @Test func relationsAreEscaped() {
        #expect(mathBody("a=b<c>d") == "<mi>a</mi><mo>=</mo><mi>b</mi><mo>&lt;</mo><mi>c</mi><mo>&gt;</mo><mi>d</mi>")
    }

    @Test func typedDelimitersDoNotStretch() {
        #expect(mathBody("(a)[b]|c|") == #"<mo stretchy="false">(</mo><mi>a</mi><mo stretchy="false">)</mo><mo stretchy="false">[</mo><mi>b</mi><mo stretchy="false">]</mo><mo stretchy="false">|</mo><mi>c</mi><mo stretchy="false">|</mo>"#)
    }

    @Test func punctuation() {
        #expect(mathBody("a,b;c!") == "<mi>a</mi><mo>,</mo><mi>b</mi><mo>;</mo><mi>c</mi><mo>!</mo>")
    }

    @Test func escapedBracesAreLiteralBraces() {
        #expect(mathBody(#"\{a\}"#) == #"<mo stretchy="false">{</mo><mi>a</mi><mo stretchy="false">}</mo>"#)
    }

    @Test func escapedSpecialCharactersAreIdentifiers() {
        #expect(mathBody(##"\# \$ \% \& \_"##) == "<mi>#</mi><mi>$</mi><mi>%</mi><mi>&amp;</mi><mi>_</mi>")
    }

    @Test func aMinusWithNoLeftOperandIsPrefix() {
        #expect(mathBody("-x") == "<mo>\u{2212}</mo><mi>x</mi>")
        #expect(mathBody("(-x)") == #"<mo stretchy="false">(</mo><mo form="prefix">"# + "\u{2212}" + #"</mo><mi>x</mi><mo stretchy="false">)</mo>"#)
        #expect(mathBody("a=-1") == #"<mi>a</mi><mo>=</mo><mo form="prefix">"# + "\u{2212}" + "</mo><mn>1</mn>")
    }

    @Test func aMinusAfterAClosingParenthesisIsBinary() {
        #expect(mathBody("(a)-b") == #"<mo stretchy="false">(</mo><mi>a</mi><mo stretchy="false">)</mo><mo>"# + "\u{2212}" + "</mo><mi>b</mi>")
    }

    @Test func otherUnicodeLettersAreIdentifiersAndSymbolsOperators() {
        #expect(mathBody("é→ψ") == "<mi>é</mi><mo>→</mo><mi>ψ</mi>")
    }
}
