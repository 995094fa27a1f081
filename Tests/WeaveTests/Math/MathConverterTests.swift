import Testing
@testable import Weave

@Suite struct MathConverterTests {
    @Test func inlineMathIsAMathElementWithTheMathMLNamespace() {
        let result = MathConverter.convert("x", display: false)
        #expect(result.mathML == #"<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>"#)
        #expect(result.warnings == [])
    }

    @Test func displayMathIsABlock() {
        let result = MathConverter.convert("x", display: true)
        #expect(result.mathML == #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>x</mi></math>"#)
    }

    @Test func emptyInputIsAnEmptyMathElement() {
        #expect(mathBody("") == "")
        #expect(mathBody("   ") == "")
    }

    @Test func theSameInputGivesTheSameBytes() {
        let tex = #"\sum_i (y_i - gt_i)^2 + \foo"#
        #expect(MathConverter.convert(tex, display: true) == MathConverter.convert(tex, display: true))
    }
}
