import Testing

@testable import Notebook

@Suite struct OutputComparisonTests {
    @Test func textMustMatchExactlyButTrailingWhitespaceIsIgnored() {
        #expect(OutputComparison.matches(expected: "a b\nc", actual: "a b  \nc\t\n\n"))
        #expect(!OutputComparison.matches(expected: "a b", actual: "a  b"))
        #expect(!OutputComparison.matches(expected: "a\nb", actual: "a\n\nb"))
        #expect(!OutputComparison.matches(expected: "Value", actual: "value"))
    }

    @Test func numbersMatchWithinTheRelativeTolerance() {
        let expected = "Value(data=-8.000000000000002, grad=0.5)"
        #expect(OutputComparison.matches(expected: expected, actual: "Value(data=-8.0, grad=0.5)"))
        #expect(!OutputComparison.matches(expected: expected, actual: "Value(data=-8.1, grad=0.5)"))
        #expect(OutputComparison.matches(expected: "loss 1.0", actual: "loss 1.001", tolerance: 0.01))
        #expect(!OutputComparison.matches(expected: "loss 1.0", actual: "loss 1.001", tolerance: 0.0001))
    }

    @Test func tinyDifferencesNearZeroMatchThroughTheAbsoluteFloor() {
        #expect(OutputComparison.matches(expected: "0.0", actual: "1e-17", tolerance: 0))
        #expect(!OutputComparison.matches(expected: "0.0", actual: "1e-9", tolerance: 0))
    }

    @Test func nanAndInfinityAreNumbers() {
        #expect(OutputComparison.matches(expected: "[nan, inf, -inf]", actual: "[nan, inf, -inf]"))
        #expect(!OutputComparison.matches(expected: "inf", actual: "-inf"))
        #expect(!OutputComparison.matches(expected: "nan", actual: "0.0"))
        #expect(OutputComparison.numbersMatch(.nan, .nan, tolerance: 0))
        #expect(!OutputComparison.numbersMatch(.infinity, 1e308, tolerance: 1))
    }

    @Test func formsOfNumbersDifferingInSpellingStillMatch() {
        #expect(OutputComparison.matches(expected: "1e-07 2.5E+3 .5", actual: "1.0000000000000001e-07 2500.0 0.5"))
    }

    @Test func anIntegerNeverMatchesAFloat() {
        #expect(!OutputComparison.matches(expected: "(3, 2)", actual: "(3.0, 2)", tolerance: 1))
        #expect(!OutputComparison.matches(expected: "-4", actual: "-4.0"))
        #expect(OutputComparison.matches(expected: "-4 1e3 inf", actual: "-4 1000.0 inf"))
    }

    @Test func numbersInsideNamesAreText() {
        #expect(!OutputComparison.matches(expected: "x1 = 2", actual: "x2 = 2", tolerance: 10))
        #expect(!OutputComparison.matches(expected: "info", actual: "inf", tolerance: 1))
    }

    @Test func cutsLinesIntoTextAndNumbers() {
        let value = OutputToken.tokens(of: "Value(data=-8.0) x1")
        #expect(value == [.text("Value(data="), .number("-8.0", -8.0), .text(") x1")])
        let tokens = OutputToken.tokens(of: "w=[-1.5e-3, 7]")
        #expect(tokens.count == 5)
        #expect(tokens.first == .text("w=["))
        #expect(tokens[1] == .number("-1.5e-3", -0.0015))
        #expect(tokens[2] == .text(", "))
        #expect(tokens[3] == .number("7", 7))
        #expect(tokens[4] == .text("]"))
    }

    @Test func differentNumbersOfLinesOrTokensDoNotMatch() {
        #expect(!OutputComparison.matches(expected: "1 2", actual: "1 2 3"))
        #expect(!OutputComparison.matches(expected: "1", actual: "1\n2"))
        #expect(!OutputComparison.matches(expected: "1 a", actual: "a 1"))
    }
}
