import Testing
@testable import Weave

@Suite struct MathProtectionTests {
    @Test func inlineMathBecomesAPlaceholderWithItsPosition() {
        let protected = MathProtection("We have $a_1 * b_2$ here.\n", firstLine: 10)
        #expect(protected.markdown == "We have gbmath0q7z here.\n")
        #expect(protected.spans == [MathSpan(tex: "a_1 * b_2", display: false, line: 10, column: 9)])
    }

    @Test func displayMathMaySpanLines() {
        let protected = MathProtection("Text\n\n$$\n\\{x\\}\n$$\n", firstLine: 1)
        #expect(protected.markdown == "Text\n\ngbmath0q7z\n")
        #expect(protected.spans == [MathSpan(tex: "\n\\{x\\}\n", display: true, line: 3, column: 1)])
    }

    @Test func codeSpansAndFencesAreLeftAlone() {
        let text = "Use `$x$` or ``a $b$ c``.\n\n```\n$y$\n```\n"
        let protected = MathProtection(text)
        #expect(protected.markdown == text)
        #expect(protected.spans.isEmpty)
    }

    @Test func dollarAmountsAndEscapedDollarsStayText() {
        let text = "It costs $5 and $6, or \\$7 and \\$8.\n"
        let protected = MathProtection(text)
        #expect(protected.markdown == text)
        #expect(protected.spans.isEmpty)
    }

    @Test func inlineMathDoesNotCrossAParagraph() {
        let text = "One $x\n\ny$ two\n"
        #expect(MathProtection(text).spans.isEmpty)
    }

    @Test func restorePutsRenderedMathBackHighestIndexFirst() {
        let text = String(repeating: "$x$ ", count: 11)
        let protected = MathProtection(text)
        #expect(protected.spans.count == 11)
        let rendered = (0..<11).map { "<m\($0)>" }
        let html = protected.restore(in: protected.markdown, rendered: rendered)
        #expect(html == (0..<11).map { "<m\($0)> " }.joined())
    }
}
