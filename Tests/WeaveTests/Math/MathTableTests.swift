import Foundation
import Testing
@testable import Weave

@Suite struct MathTableTests {
    private let right = #"<mtd style="text-align:right;text-align:-webkit-right;padding-right:0">"#
    private let left = #"<mtd style="text-align:left;text-align:-webkit-left;padding-left:0">"#

    @Test func alignLinesUpAtTheAmpersand() {
        let tex = #"\begin{align} a &= b \\ c &= d \end{align}"#
        let expected = #"<mtable displaystyle="true"><mtr>"# + right + "<mi>a</mi></mtd>" + left
            + "<mo>=</mo><mi>b</mi></mtd></mtr><mtr>" + right + "<mi>c</mi></mtd>" + left
            + "<mo>=</mo><mi>d</mi></mtd></mtr></mtable>"
        #expect(mathBody(tex) == expected)
        #expect(mathBody(tex.replacingOccurrences(of: "align", with: "align*")) == expected)
        #expect(mathBody(tex.replacingOccurrences(of: "align", with: "aligned")) == expected)
    }

    @Test func aTrailingLineBreakAddsNoRow() {
        #expect(mathBody(#"\begin{aligned} a &= b \\ \end{aligned}"#) == #"<mtable displaystyle="true"><mtr>"# + right + "<mi>a</mi></mtd>" + left + "<mo>=</mo><mi>b</mi></mtd></mtr></mtable>")
    }

    @Test func secondPairOfColumnsIsSetApart() {
        #expect(mathBody(#"\begin{aligned} a &= b & c &= d \end{aligned}"#) == #"<mtable displaystyle="true"><mtr>"# + right + "<mi>a</mi></mtd>" + left + "<mo>=</mo><mi>b</mi></mtd>" + #"<mtd style="text-align:right;text-align:-webkit-right;padding-right:0;padding-left:2em">"# + "<mi>c</mi></mtd>" + left + "<mo>=</mo><mi>d</mi></mtd></mtr></mtable>")
    }

    @Test func lineBreaksAtTheTopLevelMakeATable() {
        #expect(mathBody(#"a \\ b"#) == #"<mtable displaystyle="true"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"#)
    }

    @Test func matrixWithParentheses() {
        #expect(mathBody(#"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}"#) == #"<mrow><mo form="prefix" fence="true">(</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr><mtr><mtd><mn>3</mn></mtd><mtd><mn>4</mn></mtd></mtr></mtable><mo form="postfix" fence="true">)</mo></mrow>"#)
    }

    @Test func cases() {
        #expect(mathBody(#"\begin{cases} x & x > 0 \\ 0 & \text{else} \end{cases}"#) == #"<mrow><mo form="prefix" fence="true">{</mo><mtable><mtr><mtd style="text-align:left;text-align:-webkit-left"><mi>x</mi></mtd><mtd style="text-align:left;text-align:-webkit-left"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd style="text-align:left;text-align:-webkit-left"><mn>0</mn></mtd><mtd style="text-align:left;text-align:-webkit-left"><mtext>else</mtext></mtd></mtr></mtable></mrow>"#)
    }

    @Test func arrayColumns() {
        #expect(mathBody(#"\begin{array}{lcr} a & b & c \end{array}"#) == #"<mtable><mtr><mtd style="text-align:left;text-align:-webkit-left"><mi>a</mi></mtd><mtd><mi>b</mi></mtd><mtd style="text-align:right;text-align:-webkit-right"><mi>c</mi></mtd></mtr></mtable>"#)
    }

    @Test func missingEndIsReported() {
        #expect(mathWarnings(#"\begin{align} a &= b"#) == [#"missing \end{align}"#])
    }

    @Test func mismatchedEndIsReported() {
        #expect(mathWarnings(#"\begin{align} a \end{aligned}"#) == [#"\end{aligned} does not match \begin{align}"#])
    }

    @Test func unsupportedEnvironmentIsReportedAndShownAsRows() {
        #expect(mathBody(#"\begin{foo} a \\ b \end{foo}"#) == #"<mtable displaystyle="true"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"#)
        #expect(mathWarnings(#"\begin{foo} a \end{foo}"#) == ["unsupported TeX environment foo"])
    }
}
