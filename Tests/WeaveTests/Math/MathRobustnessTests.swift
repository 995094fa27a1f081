import Testing
@testable import Weave

@Suite struct MathRobustnessTests {
    @Test func unsupportedCommandIsShownAsWrittenAndReported() {
        let result = MathConverter.convert(#"\foo{x}"#, display: false)
        #expect(result.mathML.contains("<merror><mtext>\\foo</mtext></merror><mi>x</mi>"))
        #expect(result.warnings == [#"unsupported TeX command \foo"#])
    }

    @Test func eachWarningIsReportedOnce() {
        #expect(mathWarnings(#"\foo \bar{x} \foo"#) == [#"unsupported TeX command \foo"#])
    }

    @Test func angleBracketsAndAmpersandsCannotBreakThePage() {
        #expect(mathBody("<w|x>") == #"<mo>&lt;</mo><mi>w</mi><mo stretchy="false">|</mo><mi>x</mi><mo>&gt;</mo>"#)
        #expect(mathBody(#"\text{</math><script>}"#) == "<mtext>&lt;/math&gt;&lt;script&gt;</mtext>")
        #expect(mathBody(#"\<script>"#) == "<merror><mtext>\\&lt;</mtext></merror><mi>s</mi><mi>c</mi><mi>r</mi><mi>i</mi><mi>p</mi><mi>t</mi><mo>&gt;</mo>")
    }

    @Test func quotesAreEscaped() {
        #expect(mathBody(#"a"b"#) == "<mi>a</mi><mi>&quot;</mi><mi>b</mi>")
    }

    @Test func controlCharactersBecomeReplacementCharacters() {
        #expect(mathBody("a\u{0}b") == "<mi>a</mi><mi>\u{FFFD}</mi><mi>b</mi>")
    }

    @Test func missingClosingBraceIsReported() {
        #expect(mathBody("{{a}") == "<mi>a</mi>")
        #expect(mathWarnings("{{a}") == ["unbalanced braces: missing }"])
    }

    @Test func unexpectedClosingBraceIsReportedAndSkipped() {
        #expect(mathBody("a}b") == "<mi>a</mi><mi>b</mi>")
        #expect(mathWarnings("a}b") == ["unbalanced braces: unexpected }"])
    }

    @Test func loneBackslashIsReported() {
        #expect(mathBody("a\\") == "<mi>a</mi><merror><mtext>\\</mtext></merror>")
        #expect(mathWarnings("a\\") == ["lone \\ at the end of the math"])
    }

    @Test func deepNestingIsCutOffWithAWarning() {
        let tex = String(repeating: "{", count: 5_000) + "x" + String(repeating: "}", count: 5_000)
        let result = MathConverter.convert(tex, display: false)
        #expect(result.warnings == ["TeX nested more than 100 levels deep; the rest is cut off"])
        #expect(MathMLShape.isBalanced(result.mathML))
    }

    @Test func deepCommandNestingWithoutBracesIsCutOff() {
        let tex = String(repeating: #"\sqrt"#, count: 5_000) + "x"
        let result = MathConverter.convert(tex, display: false)
        #expect(result.warnings.contains("TeX nested more than 100 levels deep; the rest is cut off"))
        #expect(MathMLShape.isBalanced(result.mathML))
    }

    @Test func longRunsOfScriptsAndFencesStayFlat() {
        let tex = String(repeating: "x_1", count: 5_000) + String(repeating: #"\left("#, count: 500)
            + String(repeating: #"\displaystyle"#, count: 500) + String(repeating: "_1", count: 5_000)
        let result = MathConverter.convert(tex, display: true)
        #expect(MathMLShape.isBalanced(result.mathML))
    }

    @Test func randomInputNeverBreaksTheMarkup() {
        let pieces = [
            "{", "}", "^", "_", "&", "\\\\", "\\frac", "\\sqrt", "[", "]", "\\left(", "\\right)", "\\middle|",
            "\\begin{align}", "\\end{align}", "\\begin{pmatrix}", "\\end{cases}", "\\text{", "x", "1.5", "'",
            "<", ">", "\"", "\\foo", "\\", " ", "%", "\n", "\\mathbf{", "\\operatorname*{", "\\lim", "\\sum",
            "\\limits", "\\displaystyle", "\\tanh", "\\big", "\\hat", "\\begin", "\\end", "\\left", "\u{0}", "é",
        ]
        var generator = SplitMix(seed: 42)
        for _ in 0..<2_000 {
            var tex = ""
            for _ in 0..<Int(generator.next() % 40) {
                tex += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            let result = MathConverter.convert(tex, display: generator.next() % 2 == 0)
            #expect(MathMLShape.isBalanced(result.mathML), "\(tex)")
        }
    }
}

/// A seeded pseudo-random generator, so the fuzz test is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Checks the shape of converter output: one `<math>` element, every tag closed in order, no raw `<`, `>`
/// or `&` outside tags and entities.
enum MathMLShape {
    static func isBalanced(_ markup: String) -> Bool {
        guard markup.hasPrefix("<math "), markup.hasSuffix("</math>") else { return false }
        let bytes = Array(markup.utf8)
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.utf8) }
        var open: [ArraySlice<UInt8>] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: ">"):
                return false
            case UInt8(ascii: "&"):
                guard let entity = entities.first(where: { bytes[index...].starts(with: $0) }) else { return false }
                index += entity.count
            case UInt8(ascii: "<"):
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return false }
                let tag = bytes[(index + 1)..<end]
                index = end + 1
                if tag.first == UInt8(ascii: "/") {
                    guard let last = open.popLast(), last.elementsEqual(tag.dropFirst()) else { return false }
                } else if tag.last != UInt8(ascii: "/") {
                    open.append(tag.prefix { $0 != UInt8(ascii: " ") })
                }
            default:
                index += 1
            }
        }
        return open.isEmpty
    }
}
