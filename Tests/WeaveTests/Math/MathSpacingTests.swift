import Testing
@testable import Weave

@Suite struct MathSpacingTests {
    @Test func spacingCommands() {
        let expected = ["0.1667em", "0.2222em", "0.2778em", "-0.1667em", "0.3333em", "1em", "2em", "0.3333em"]
            .map { "<mspace width=\"\($0)\"/>" }.joined()
        #expect(mathBody(#"\, \: \; \! \ \quad \qquad ~"#) == expected)
    }
}
