import Testing
@testable import MicrogradScript

/// Runaway nesting stops with Python's error, never with a native stack overflow.
@Suite struct NestingLimitTests {
    @Test func hundredThousandParentheses() {
        let source = String(repeating: "(", count: 100_000)
        #expect(rendition(source) == "1:201: SyntaxError: too many nested parentheses")
    }

    @Test func hundredThousandSquareBrackets() {
        let source = "x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(rendition(source) == "1:205: SyntaxError: too many nested parentheses")
    }

    @Test func nestingJustUnderTheLimitParses() {
        let depth = 199
        let source = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(rendition(source) == "1")
        let lists = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        #expect(rendition(lists) == lists)
        let calls = String(repeating: "f(", count: depth) + "x" + String(repeating: ")", count: depth)
        #expect(rendition(calls) == calls)
    }

    @Test func theLimitComesFromLimits() {
        let source = "x = ((((1))))"
        #expect(rendition(source, limits: Limits(nestingDepth: 3)) == "1:8: SyntaxError: too many nested parentheses")
    }

    @Test func longPrefixOperatorChains() {
        #expect(rendition(String(repeating: "-", count: 100_000) + "x")
            == "1:1001: RecursionError: maximum recursion depth exceeded during compilation")
        #expect(rendition(String(repeating: "not ", count: 100_000) + "x")
            == "1:4001: RecursionError: maximum recursion depth exceeded during compilation")
        #expect(rendition("x = " + Array(repeating: "2", count: 100_000).joined(separator: "**"))
            .hasSuffix("RecursionError: maximum recursion depth exceeded during compilation"))
    }

    @Test func longLeftAssociativeChainsAreBoundedToo() {
        let sum = "x = " + Array(repeating: "1", count: 100_000).joined(separator: "+")
        #expect(rendition(sum).hasSuffix("RecursionError: maximum recursion depth exceeded during compilation"))
        let attributes = "x" + String(repeating: ".a", count: 100_000)
        #expect(rendition(attributes).hasSuffix("RecursionError: maximum recursion depth exceeded during compilation"))
        let fine = "x = " + Array(repeating: "1", count: 500).joined(separator: " + ")
        #expect(rendition(fine).hasSuffix(" + 1) + 1) + 1)"))
    }

    @Test func longConditionalAndLambdaChains() {
        let conditionals = "x = " + String(repeating: "a if b else ", count: 100_000) + "c"
        #expect(rendition(conditionals).hasSuffix("RecursionError: maximum recursion depth exceeded during compilation"))
        let lambdas = "f = " + String(repeating: "lambda: ", count: 100_000) + "0"
        #expect(rendition(lambdas).hasSuffix("RecursionError: maximum recursion depth exceeded during compilation"))
    }

    @Test func tooManyIndentationLevels() {
        var source = ""
        for level in 0..<100 {
            source += String(repeating: " ", count: level) + "if x:\n"
        }
        #expect(rendition(source + String(repeating: " ", count: 100) + "pass\n")
            == "101:101: IndentationError: too many levels of indentation")
        var fine = ""
        for level in 0..<99 {
            fine += String(repeating: " ", count: level) + "if x:\n"
        }
        #expect(rendition(fine + String(repeating: " ", count: 99) + "pass\n").hasSuffix("    pass"))
    }

    @Test func manyStatementsParseInLinearTime() throws {
        let source = String(repeating: "x = x + 1\n", count: 20_000)
        #expect(try Parser.parse(source).body.count == 20_000)
    }
}
