import Testing
@testable import MicrogradScript

/// An intermediate on the left of an operator waits while the right operand is evaluated, so the right operand
/// must be pure: evaluated as an operand, it must make no leaf, never collect, and run no lesson code. Arithmetic
/// under a comparison, a `not`, an attribute or a call is compiled as an expression of its own, which collects
/// first, so it is not pure.
@Suite struct PurityTests {
    private func pure(_ source: String) throws -> Bool {
        Compiler.isPure(try firstExpression(source))
    }

    @Test func arithmeticOfNamesLiteralsAndPlainExpressionsIsPure() throws {
        for source in [
            "a", "1.5", "'x'", "None", "a.data", "a * b", "-a", "(a + b).relu()", "a * b - (c + 1) * d.grad",
            "a > 0", "a.data < b.grad", "not a", "a and b.data", "(a > 0) == (b.data > 0)", "-(a * 2).tanh()",
        ] {
            #expect(try pure(source), "\(source)")
        }
    }

    @Test func callsLeavesAndNestedArithmeticAreNot() throws {
        for source in [
            "f(a)", "Value(1.0)", "a / b", "a ** 2", "+a", "a // 2", "(a * b).backward()", "a.relu(1)",
            "(a * b).data", "(a * b > 0)", "not (a * b).tanh() < 0", "a and -b", "[a]", "a if b else c",
            "a[0]", "(x for x in a)", "lambda: a", "a * (b * c > 0)",
        ] {
            #expect(try !pure(source), "\(source)")
        }
    }
}
