import Testing
@testable import Weave

/// The formulas of the micrograd lecture (`/work/shared/seeds/`), exactly as its notebooks write them.
@Suite struct MathLectureTests {
    @Test func derivativeAsALimit() {
        #expect(mathBody(#"\lim_{h \to 0} \frac{f(x + h) - f(x)}{h}"#) == #"<munder><mo lspace="0" rspace="0" movablelimits="true">lim</mo><mrow><mi>h</mi><mo>→</mo><mn>0</mn></mrow></munder><mspace width="0.1667em"/><mfrac><mrow><mi>f</mi><mo stretchy="false">(</mo><mi>x</mi><mo>+</mo><mi>h</mi><mo stretchy="false">)</mo><mo>−</mo><mi>f</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow><mi>h</mi></mfrac>"#)
    }

    @Test func partialDerivativeOfAFunctionOfThree() {
        #expect(mathBody(#"\frac{\partial f(a, b, c)}{\partial a}"#) == #"<mfrac><mrow><mi>∂</mi><mi>f</mi><mo stretchy="false">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo>,</mo><mi>c</mi><mo stretchy="false">)</mo></mrow><mrow><mi>∂</mi><mi>a</mi></mrow></mfrac>"#)
    }

    @Test func chainRuleAlignment() {
        let tex = "\\begin{align}\nL &= d * f \\\\\n\\frac{dL}{dd} &=  f\n\\end{align}"
        #expect(mathBody(tex) == #"<mtable displaystyle="true"><mtr><mtd style="text-align:right;text-align:-webkit-right;padding-right:0"><mi>L</mi></mtd><mtd style="text-align:left;text-align:-webkit-left;padding-left:0"><mo>=</mo><mi>d</mi><mo>∗</mo><mi>f</mi></mtd></mtr><mtr><mtd style="text-align:right;text-align:-webkit-right;padding-right:0"><mfrac><mrow><mi>d</mi><mi>L</mi></mrow><mrow><mi>d</mi><mi>d</mi></mrow></mfrac></mtd><mtd style="text-align:left;text-align:-webkit-left;padding-left:0"><mo>=</mo><mi>f</mi></mtd></mtr></mtable>"#)
        #expect(mathWarnings(tex) == [])
    }

    @Test func neuron() {
        let tex = #"f(x) = \sigma(<w|x> + b)= \sigma(\sum_{i}^{n}w_i\cdot x_i + b)"#
        #expect(mathBody(tex) == #"<mi>f</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>=</mo><mi>σ</mi><mo stretchy="false">(</mo><mo>&lt;</mo><mi>w</mi><mo stretchy="false">|</mo><mi>x</mi><mo>&gt;</mo><mo form="prefix">+</mo><mi>b</mi><mo stretchy="false">)</mo><mo>=</mo><mi>σ</mi><mo stretchy="false">(</mo><munderover><mo>∑</mo><mi>i</mi><mi>n</mi></munderover><msub><mi>w</mi><mi>i</mi></msub><mo>⋅</mo><msub><mi>x</mi><mi>i</mi></msub><mo>+</mo><mi>b</mi><mo stretchy="false">)</mo>"#)
    }

    @Test func multipartite() {
        #expect(mathBody(#"n-\text{partite}"#) == "<mi>n</mi><mo>−</mo><mtext>partite</mtext>")
    }

    @Test func squaredErrorLoss() {
        #expect(mathBody(#"\sum_i (y_i - gt_i)^2"#) == #"<munder><mo>∑</mo><mi>i</mi></munder><mo stretchy="false">(</mo><msub><mi>y</mi><mi>i</mi></msub><mo>−</mo><mi>g</mi><msub><mi>t</mi><mi>i</mi></msub><msup><mo stretchy="false">)</mo><mn>2</mn></msup>"#)
    }

    @Test func everyInlineSpanOfTheLecture() {
        #expect(mathBody(#"(\sigma)"#) == #"<mo stretchy="false">(</mo><mi>σ</mi><mo stretchy="false">)</mo>"#)
        #expect(mathBody(#"\times"#) == "<mo>×</mo>")
        #expect(mathBody(#"d = f(a, b, c)"#) == #"<mi>d</mi><mo>=</mo><mi>f</mi><mo stretchy="false">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo>,</mo><mi>c</mi><mo stretchy="false">)</mo>"#)
        #expect(mathBody(#"gt_0 = 1.0"#) == "<mi>g</mi><msub><mi>t</mi><mn>0</mn></msub><mo>=</mo><mn>1.0</mn>")
    }
}
