import Testing
@testable import Weave

@Suite struct MathFractionTests {
    @Test func fraction() {
        #expect(mathBody(#"\frac{a+b}{c}"#) == "<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mi>c</mi></mfrac>")
    }

    @Test func fractionOfSingleDigitsWithoutBraces() {
        #expect(mathBody(#"\frac12"#) == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
    }

    @Test func displayFractionKeepsDisplayStyle() {
        #expect(mathBody(#"\dfrac{1}{x}"#) == #"<mstyle displaystyle="true" scriptlevel="0"><mfrac><mn>1</mn><mi>x</mi></mfrac></mstyle>"#)
    }

    @Test func textFractionKeepsTextStyle() {
        #expect(mathBody(#"\tfrac{1}{x}"#) == #"<mstyle displaystyle="false" scriptlevel="0"><mfrac><mn>1</mn><mi>x</mi></mfrac></mstyle>"#)
    }

    @Test func partialDerivative() {
        #expect(mathBody(#"\frac{\partial L}{\partial a}"#) == "<mfrac><mrow><mi>\u{2202}</mi><mi>L</mi></mrow><mrow><mi>\u{2202}</mi><mi>a</mi></mrow></mfrac>")
    }

    @Test func binomialHasNoBarAndParentheses() {
        #expect(mathBody(#"\binom{n}{k}"#) == #"<mrow><mo form="prefix" fence="true">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo form="postfix" fence="true">)</mo></mrow>"#)
    }

    @Test func squareRoot() {
        #expect(mathBody(#"\sqrt{x+1}"#) == "<msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>")
    }

    @Test func nthRoot() {
        #expect(mathBody(#"\sqrt[3]{x}"#) == "<mroot><mi>x</mi><mn>3</mn></mroot>")
    }

    @Test func missingArgumentIsReported() {
        #expect(mathBody(#"\frac{a}"#) == "<mfrac><mi>a</mi><mrow></mrow></mfrac>")
        #expect(mathWarnings(#"\frac{a}"#) == [#"missing argument for \frac"#])
    }
}
