import Testing
@testable import Weave

@Suite struct MathFenceTests {
    @Test func leftAndRightStretch() {
        #expect(mathBody(#"\left( \frac{a}{b} \right)"#) == #"<mrow><mo form="prefix" fence="true">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo form="postfix" fence="true">)</mo></mrow>"#)
    }

    @Test func invisibleDelimiterAndMiddle() {
        #expect(mathBody(#"\left\{ a \middle| b \right."#) == #"<mrow><mo form="prefix" fence="true">{</mo><mi>a</mi><mo form="infix" fence="true" stretchy="true">|</mo><mi>b</mi></mrow>"#)
    }

    @Test func angleBrackets() {
        #expect(mathBody(#"\left\langle w \right\rangle"#) == #"<mrow><mo form="prefix" fence="true">⟨</mo><mi>w</mi><mo form="postfix" fence="true">⟩</mo></mrow>"#)
    }

    @Test func scriptsOnAFence() {
        #expect(mathBody(#"\left(x\right)^2"#) == #"<msup><mrow><mo form="prefix" fence="true">(</mo><mi>x</mi><mo form="postfix" fence="true">)</mo></mrow><mn>2</mn></msup>"#)
    }

    @Test func bigDelimitersHaveAFixedSize() {
        #expect(mathBody(#"\bigl( \Bigr]"#) == #"<mo form="prefix" stretchy="true" minsize="1.2em" maxsize="1.2em">(</mo><mo form="postfix" stretchy="true" minsize="1.623em" maxsize="1.623em">]</mo>"#)
    }

    @Test func missingRightIsReportedAndClosedAtTheEnd() {
        #expect(mathBody(#"\left( x"#) == #"<mrow><mo form="prefix" fence="true">(</mo><mi>x</mi></mrow>"#)
        #expect(mathWarnings(#"\left( x"#) == [#"missing \right after \left"#])
    }

    @Test func rightWithoutLeftIsReported() {
        #expect(mathBody(#"x \right)"#) == #"<mi>x</mi><mo form="infix" fence="true" stretchy="true">)</mo>"#)
        #expect(mathWarnings(#"x \right)"#) == [#"\right without \left"#])
    }

    @Test func aMissingBraceEndsAtTheEnclosingRight() {
        #expect(mathBody(#"\left( {a \right)"#) == #"<mrow><mo form="prefix" fence="true">(</mo><mi>a</mi><mo form="postfix" fence="true">)</mo></mrow>"#)
        #expect(mathWarnings(#"\left( {a \right)"#) == ["unbalanced braces: missing }"])
    }
}
