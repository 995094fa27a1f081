import Testing
@testable import Weave

@Suite struct MathScriptTests {
    @Test func subscriptBelowRight() {
        #expect(mathBody("x_i") == "<msub><mi>x</mi><mi>i</mi></msub>")
    }

    @Test func superscriptAboveRight() {
        #expect(mathBody("x^2") == "<msup><mi>x</mi><mn>2</mn></msup>")
    }

    @Test func bothScriptsInEitherOrder() {
        #expect(mathBody("x_i^2") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
        #expect(mathBody("x^2_i") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    }

    @Test func bracedScripts() {
        #expect(mathBody("x^{n+1}") == "<msup><mi>x</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></msup>")
    }

    @Test func anUnbracedScriptIsOneDigit() {
        #expect(mathBody("x^23") == "<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>")
    }

    @Test func scriptOnAGroup() {
        #expect(mathBody("{x_i}^2") == "<msup><msub><mi>x</mi><mi>i</mi></msub><mn>2</mn></msup>")
    }

    @Test func primesFollowTheirBaseUnscripted() {
        #expect(mathBody("f'") == #"<mi>f</mi><mo lspace="0" rspace="0">"# + "\u{2032}</mo>")
        #expect(mathBody("f''") == #"<mi>f</mi><mo lspace="0" rspace="0">"# + "\u{2033}</mo>")
        #expect(mathBody("f'^2") == #"<mi>f</mi><msup><mo lspace="0" rspace="0">"# + "\u{2032}</mo><mn>2</mn></msup>")
        #expect(mathBody("x_i'") == #"<msub><mi>x</mi><mi>i</mi></msub><mo lspace="0" rspace="0">"# + "\u{2032}</mo>")
    }

    @Test func sumTakesLimitsUnderAndOver() {
        #expect(mathBody(#"\sum_{i=1}^{n}"#) == "<munderover><mo>\u{2211}</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>")
    }

    @Test func productTakesLimitsUnder() {
        #expect(mathBody(#"\prod_k"#) == "<munder><mo>\u{220F}</mo><mi>k</mi></munder>")
    }

    @Test func integralTakesLimitsBeside() {
        #expect(mathBody(#"\int_0^1"#) == "<msubsup><mo>\u{222B}</mo><mn>0</mn><mn>1</mn></msubsup>")
    }

    @Test func limitTakesItsSubscriptUnderneathInDisplayOnly() {
        #expect(mathBody(#"\lim_{h \to 0}"#) == #"<munder><mo lspace="0" rspace="0" movablelimits="true">lim</mo><mrow><mi>h</mi><mo>"# + "\u{2192}" + "</mo><mn>0</mn></mrow></munder>")
    }

    @Test func limitsAndNolimitsMoveTheLimits() {
        #expect(mathBody(#"\sum\limits_i"#) == #"<munder><mo movablelimits="false">"# + "\u{2211}" + "</mo><mi>i</mi></munder>")
        #expect(mathBody(#"\sum\nolimits_i"#) == "<msub><mo>\u{2211}</mo><mi>i</mi></msub>")
    }

    @Test func aScriptWithNoBaseHasAnEmptyBase() {
        #expect(mathBody("^2") == "<msup><mrow></mrow><mn>2</mn></msup>")
    }

    @Test func doubleSubscriptIsReportedAndShownBesideTheFirst() {
        #expect(mathBody("x_1_2") == "<msub><mi>x</mi><mn>1</mn></msub><msub><mrow></mrow><mn>2</mn></msub>")
        #expect(mathWarnings("x_1_2") == ["double subscript"])
    }

    @Test func accents() {
        #expect(mathBody(#"\hat{y}"#) == #"<mover accent="true"><mi>y</mi><mo stretchy="false">^</mo></mover>"#)
        #expect(mathBody(#"\overline{ab}"#) == #"<mover accent="true"><mrow><mi>a</mi><mi>b</mi></mrow><mo stretchy="true">"# + "\u{203E}" + "</mo></mover>")
    }

    @Test func oversetAndUnderset() {
        #expect(mathBody(#"\overset{!}{=} \underset{x}{y}"#) == "<mover><mo>=</mo><mo>!</mo></mover><munder><mi>y</mi><mi>x</mi></munder>")
    }
}
