import Testing
@testable import Weave

@Suite struct MathSymbolTests {
    @Test func smallGreekLettersAreItalicIdentifiers() {
        let names = #"\alpha\beta\gamma\delta\epsilon\varepsilon\zeta\eta\theta\vartheta\iota\kappa\lambda\mu\nu\xi\omicron\pi\varpi\rho\varrho\sigma\varsigma\tau\upsilon\phi\varphi\chi\psi\omega"#
        let letters = "αβγδϵεζηθϑικλμνξοπϖρϱσςτυϕφχψω"
        #expect(mathBody(names) == letters.map { "<mi>\($0)</mi>" }.joined())
    }

    @Test func capitalGreekLettersAreUpright() {
        let names = #"\Alpha\Beta\Gamma\Delta\Epsilon\Zeta\Eta\Theta\Iota\Kappa\Lambda\Mu\Nu\Xi\Omicron\Pi\Rho\Sigma\Tau\Upsilon\Phi\Chi\Psi\Omega"#
        let letters = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
        #expect(mathBody(names) == letters.map { #"<mi mathvariant="normal">\#($0)</mi>"# }.joined())
    }

    @Test func italicCapitalGreek() {
        #expect(mathBody(#"\varGamma"#) == "<mi>Γ</mi>")
    }

    @Test func binaryOperators() {
        #expect(mathBody(#"a \cdot b \times c \pm d"#) == "<mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>±</mo><mi>d</mi>")
    }

    @Test func arrowsAndRelations() {
        #expect(mathBody(#"\to \rightarrow \leftarrow \approx \neq \leq \geq"#) == "<mo>→</mo><mo>→</mo><mo>←</mo><mo>≈</mo><mo>≠</mo><mo>≤</mo><mo>≥</mo>")
    }

    @Test func dots() {
        #expect(mathBody(#"1, \ldots, n \cdots"#) == "<mn>1</mn><mo>,</mo><mo>…</mo><mo>,</mo><mi>n</mi><mo>⋯</mo>")
    }

    @Test func ordinarySymbols() {
        #expect(mathBody(#"\infty \nabla \partial"#) == #"<mi>∞</mi><mi mathvariant="normal">∇</mi><mi>∂</mi>"#)
    }

    @Test func negatedRelations() {
        #expect(mathBody(#"a \not= b \not\in c \not\mid d"#) == "<mi>a</mi><mo>≠</mo><mi>b</mi><mo>∉</mo><mi>c</mi><mo>∣\u{338}</mo><mi>d</mi>")
    }
}
