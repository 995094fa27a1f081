import MicrogradScript
import Testing

@Suite("Diagnostics: Python's kind and words, at the place in the cell")
struct DiagnosticTests {
    @Test func undefinedName() {
        expectDiagnostic("x1 = 1\ny = 1️⃣x3 + 1", "NameError: name 'x3' is not defined")
    }

    @Test func unsupportedOperands() {
        expectDiagnostic("a = Value(1.0)\nb = 1️⃣a + 'x'", "TypeError: unsupported operand type(s) for +: 'Value' and 'str'")
    }

    @Test func divisionByZero() {
        expectDiagnostic("x = 0\nprint(1️⃣1 / x)", "ZeroDivisionError: division by zero")
    }

    @Test func mathErrors() {
        expectDiagnostic("import math\nmath.exp(10)\ny = 1️⃣math.exp(1000)", "OverflowError: math range error")
        expectDiagnostic("import math\n1️⃣math.log(-1)", "ValueError: math domain error")
    }

    @Test func errorInsideAFunctionOfThisCell() {
        expectDiagnostic("def f(x):\n    return 1️⃣x.missing\nf(1)", "AttributeError: 'int' object has no attribute 'missing'")
    }

    @Test func errorInsideAFunctionOfAnEarlierCellPointsAtTheCall() {
        expectDiagnostic(
            "y = 2\nz = 1️⃣f(0)", "ZeroDivisionError: division by zero", before: ["def f(x):\n    return 1 / x"])
    }

    @Test func indexAndKeyErrors() {
        expectDiagnostic("xs = [1]\n1️⃣xs[3]", "IndexError: list index out of range")
        expectDiagnostic("d = {}\n1️⃣d['k']", "KeyError: 'k'")
    }

    @Test func unpacking() {
        expectDiagnostic("1️⃣a, b = [1, 2, 3]", "ValueError: too many values to unpack (expected 2)")
    }

    @Test func assertion() {
        expectDiagnostic("x = 1\n1️⃣assert x > 1, 'x must exceed 1'", "AssertionError: x must exceed 1")
    }

    @Test func nonlocalNeedsAnEnclosingBinding() {
        expectDiagnostic("1️⃣nonlocal x", "SyntaxError: nonlocal declaration not allowed at module level")
        expectDiagnostic("def f():\n    1️⃣nonlocal y", "SyntaxError: no binding for nonlocal 'y' found")
        expectDiagnostic("y = 1\ndef f():\n    1️⃣nonlocal y", "SyntaxError: no binding for nonlocal 'y' found")
        #expect(run("def f():\n    y = 1\n    def g():\n        nonlocal y\n        y += 1\n    g()\n    return y\nf()") == "2")
    }

    @Test func unpackingANonIterable() {
        expectDiagnostic("1️⃣a, b = 5", "TypeError: cannot unpack non-iterable int object")
        expectDiagnostic("v = Value(1.0)\n1️⃣a, *b = v", "TypeError: cannot unpack non-iterable Value object")
    }

    @Test func valueInPrintedState() {
        let session = Session()
        let result = session.run("print('before')\nundefined_name\nprint('after')")
        #expect(result.plainText == "before\nNameError: name 'undefined_name' is not defined")
    }

    @Test func syntaxErrorsComeFromTheParser() {
        let result = Session().run("x = (1, 2")
        guard case .error(let diagnostic)? = result.last else {
            Issue.record("expected a SyntaxError")
            return
        }
        #expect(diagnostic.kind == "SyntaxError")
    }
}
