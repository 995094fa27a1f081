import Testing
@testable import Weave

@Suite struct MathFunctionTests {
    @Test func functionNameBeforeAVariableGetsAThinSpace() {
        #expect(mathBody(#"\tanh x"#) == "<mi>tanh</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"/><mi>x</mi>")
    }

    @Test func functionNameBeforeAParenthesisGetsNoSpace() {
        #expect(mathBody(#"\exp(x)"#) == "<mi>exp</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")
    }

    @Test func anAtomBeforeAFunctionNameGetsAThinSpace() {
        let thin = "<mspace width=\"0.1667em\"/>"
        #expect(mathBody(#"\frac{d}{dn}\tanh(n)"#) == "<mfrac><mi>d</mi><mrow><mi>d</mi><mi>n</mi></mrow></mfrac>" + thin
            + "<mi>tanh</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo><mi>n</mi><mo stretchy=\"false\">)</mo>")
        #expect(mathBody(#"2\sin"#) == "<mn>2</mn>" + thin + "<mi>sin</mi><mo>\u{2061}</mo>")
        #expect(mathBody(#"1-\tanh"#) == "<mn>1</mn><mo>−</mo><mi>tanh</mi><mo>\u{2061}</mo>", "not after an operator")
        #expect(mathBody(#"(\tanh"#) == "<mo stretchy=\"false\">(</mo><mi>tanh</mi><mo>\u{2061}</mo>", "not after an opening")
    }

    @Test func everyFunctionTheLectureUses() {
        let expected = ["log", "sin", "cos"].map { "<mi>\($0)</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"/>" }.joined()
            + "<mi>x</mi>"
        #expect(mathBody(#"\log \sin \cos x"#) == expected)
    }

    @Test func functionWithASubscript() {
        #expect(mathBody(#"\log_2 x"#) == "<msub><mi>log</mi><mn>2</mn></msub><mo>\u{2061}</mo><mspace width=\"0.1667em\"/><mi>x</mi>")
    }

    @Test func maxAndMinTakeLimits() {
        #expect(mathBody(#"\max_i x"#) == #"<munder><mo lspace="0" rspace="0" movablelimits="true">max</mo><mi>i</mi></munder><mspace width="0.1667em"/><mi>x</mi>"#)
        #expect(mathBody(#"\min(a)"#) == #"<mo lspace="0" rspace="0" movablelimits="true">min</mo><mo stretchy="false">(</mo><mi>a</mi><mo stretchy="false">)</mo>"#)
    }

    @Test func operatorName() {
        #expect(mathBody(#"\operatorname{ReLU}(x)"#) == "<mi>ReLU</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")
    }

    @Test func starredOperatorNameTakesLimits() {
        #expect(mathBody(#"\operatorname*{argmax}_\theta"#) == #"<munder><mo lspace="0" rspace="0" movablelimits="true">argmax</mo><mi>θ</mi></munder>"#)
    }

    @Test func text() {
        #expect(mathBody(#"\text{partite}"#) == "<mtext>partite</mtext>")
    }

    @Test func textKeepsItsOuterSpaces() {
        #expect(mathBody(#"\text{ if  x }"#) == "<mtext>\u{A0}if x\u{A0}</mtext>")
    }

    @Test func textIsEscaped() {
        #expect(mathBody(#"\text{"it's" <b> \& \{}"#) == "<mtext>&quot;it&#39;s&quot; &lt;b&gt; &amp; {</mtext>")
    }

    @Test func romanLettersJoinIntoOneUprightWord() {
        #expect(mathBody(#"\mathrm{d}x"#) == #"<mi mathvariant="normal">d</mi><mi>x</mi>"#)
        #expect(mathBody(#"\mathrm{ReLU}"#) == "<mi>ReLU</mi>")
    }

    @Test func boldUsesMathematicalBoldLetters() {
        #expect(mathBody(#"\mathbf{W}\mathbf{x1}"#) == "<mi>𝐖</mi><mrow><mi>𝐱</mi><mn>𝟏</mn></mrow>")
    }

    @Test func blackboardAndCalligraphicUseUnicodesLetterlikeSymbols() {
        #expect(mathBody(#"\mathbb{R} \mathcal{L}"#) == "<mi>ℝ</mi><mi>ℒ</mi>")
    }
}
