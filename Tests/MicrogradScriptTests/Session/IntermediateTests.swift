import MicrogradScript
import Testing

/// Arithmetic on arithmetic builds its inner results as intermediates (nodes without handles), and `sum` of a
/// generator adds each element as it is made. Both must answer exactly as the general paths do: the same values,
/// the same nodes in the same order, the same gradients, the same errors at the same places. The general path is
/// forced by passing an inner result through a function (`I`), which makes it an ordinary object.
@Suite("Intermediates and streaming sums answer as the general paths do")
struct IntermediateTests {
    /// Operands of every kind, including values whose `exp` overflows and whose `log` is undefined.
    static let operands = ["Value(2.0)", "Value(-0.5)", "Value(800.0)", "3", "2.5", "True", "'x'", "[1]", "None"]

    /// Each expression, then the same with its inner results passed through `I`.
    static let expressions = [
        ("(a + b) * c", "I(a + b) * c"),
        ("a * (b - c)", "a * I(b - c)"),
        ("a - b * c", "a - I(b * c)"),
        ("-(a * b)", "-I(a * b)"),
        ("-a * b", "I(-a) * b"),
        ("(a * b).relu()", "I(a * b).relu()"),
        ("(a + b).tanh()", "I(a + b).tanh()"),
        ("(a - c).exp()", "I(a - c).exp()"),
        ("(a * b).log()", "I(a * b).log()"),
        ("(b - a).sigmoid()", "I(b - a).sigmoid()"),
        ("(1 + -a*b).relu()", "I(1 + I(I(-a)*b)).relu()"),
        ("a * b - (a + c) * (b - c)", "I(a * b) - I(I(a + c) * I(b - c))"),
        ("(a * b).relu() * (c + a).tanh()", "I(I(a * b).relu()) * I(I(c + a).tanh())"),
    ]

    private func cell(_ a: String, _ b: String, _ c: String, _ expression: String) -> String {
        """
        I = lambda v: v
        a = \(a)
        b = \(b)
        c = \(c)
        r = \(expression)
        if isinstance(r, Value):
            r.backward()
            draw_dot(r)
        else:
            print(repr(r))
        """
    }

    @Test(arguments: expressions.indices)
    func arithmeticOnArithmetic(_ index: Int) {
        let (fast, general) = Self.expressions[index]
        for a in Self.operands {
            for b in ["Value(3.0)", "2", "'x'"] {
                for c in ["Value(0.25)", "-1.5", "False", "None"] {
                    #expect(run(cell(a, b, c, fast)) == run(cell(a, b, c, general)), "\(fast) for \(a), \(b), \(c)")
                }
            }
        }
    }

    @Test func errorsAreWhereTheGeneralPathPutsThem() {
        expectDiagnostic("a = Value(1.0)\nr = (1️⃣a * 2) + 'x'", "TypeError: unsupported operand type(s) for +: 'Value' and 'str'")
        expectDiagnostic("a = Value(1.0)\nr = (a * 2) + (1️⃣a - 'x')", "TypeError: unsupported operand type(s) for -: 'Value' and 'str'")
        expectDiagnostic("a = Value(800.0)\nr = (1️⃣a + 1).exp()", "OverflowError: math range error")
        expectDiagnostic("a = Value(1.0)\nr = (1️⃣a - 1).log()", "ValueError: math domain error")
        expectDiagnostic("a = 'x'\nr = 1️⃣-(a * 2)", "TypeError: bad operand type for unary -: 'str'")
        expectDiagnostic("a = Value(1.0)\nr = (a * 2) + 1️⃣missing", "NameError: name 'missing' is not defined")
        expectDiagnostic("a = [1]\nr = (1️⃣a * 2).relu()", "AttributeError: 'list' object has no attribute 'relu'")
    }

    @Test func anImpureRightOperandWaitsForAHandleOnTheLeft() {
        // `f` makes leaves (which may reclaim) while `a * b` waits: the product must not be lost.
        let source = """
            def f():
                return sum([Value(float(k)) for k in range(3)])
            a = Value(2.0)
            b = Value(5.0)
            r = a * b + f()
            r.data, [p.data for p in r._prev]
            """
        #expect(run(source) == "(13.0, [10.0, 3.0])")
    }

    @Test func compactionsBetweenExpressionsKeepTheirOperands() {
        // Enough garbage, and no new leaf to reclaim at, that the tape compacts (renumbering nodes) at the start of
        // some expressions.
        let loop = { (expression: String) in
            """
            I = lambda v: v
            a = Value(0.5)
            b = Value(-1.5)
            x = a
            cs = [Value(float(j)) for j in range(7)]
            for k in range(40000):
                c = cs[k % 7]
                x = \(expression)
            x.backward()
            x.data, a.grad, b.grad, c.grad, [p.data for p in x._prev]
            """
        }
        let fast = run(loop("(a * b + c * x.data).relu() - (b - c).tanh()"))
        #expect(fast == run(loop("I(I(I(a * b) + I(c * x.data)).relu()) - I(I(b - c).tanh())")))
        #expect(fast.hasPrefix("("))
        // Arithmetic inside a comparison is an expression of its own, which may collect: the left operand must not
        // wait for it as an intermediate.
        let long = "(a * b + b * c + c * a + a * b + b * c + c * a + a * b + b * c)"
        let nested = run(loop(long + " * ((c * x.data).relu() > 0.5) + (a - c) * (not (b * c).tanh() < 0)"))
        let general = "I(I(a * b) + I(b * c) + I(c * a) + I(a * b) + I(b * c) + I(c * a) + I(a * b) + I(b * c))"
        #expect(nested == run(loop(general + " * (I(I(c * x.data).relu()) > 0.5) + I(a - c) * (not I(I(b * c).tanh()) < 0)")))
    }

    /// `sum` of a generator, and the loop that Python's `sum` is: `total = 0`, then `total = total + element` for
    /// each element as it is made (passed through `I`, so that it is an ordinary object).
    static let sums = [
        ("sum(x * x for x in xs)", "for x in xs:\n    total = total + I(x * x)"),
        ("sum((x - 1) * x for x in xs if x != 0)", "for x in xs:\n    if x != 0:\n        total = total + I((x - 1) * x)"),
        ("sum(x for x in xs)", "for x in xs:\n    total = total + x"),
        ("sum(x * y for x, y in zip(xs, ys))", "for x, y in zip(xs, ys):\n    total = total + I(x * y)"),
        ("sum(x + 1 for x in [])", "for x in []:\n    total = total + I(x + 1)"),
    ]

    @Test(arguments: sums.indices)
    func sumsOfGenerators(_ index: Int) {
        let (expression, loop) = Self.sums[index]
        for xs in ["[Value(1.0), Value(-2.0), Value(3.0)]", "[1, 2.5, True]", "[Value(1.0), 2, 0.5]", "['a', 'b']", "[]"] {
            for ys in ["[Value(0.5), 2, Value(4.0)]", "[1, 2, 3]"] {
                let setup = "I = lambda v: v\nxs = \(xs)\nys = \(ys)\n"
                let show = "\nif isinstance(r, Value):\n    r.backward()\n    draw_dot(r)\nelse:\n    print(repr(r))"
                #expect(
                    run(setup + "r = " + expression + show) == run(setup + "total = 0\n" + loop + "\nr = total" + show),
                    "\(expression) for \(xs), \(ys)")
            }
        }
    }

    @Test func sumStreamsAsCPythonDoes() {
        // Each product is added as soon as it is made, as a generator feeds Python's `sum`.
        let source = "a = Value(2.0, label='a')\nb = Value(3.0, label='b')\ns = sum(x * x for x in [a, b])\ndraw_dot(s)"
        #expect(
            run(source) == """
                graph: 7 values, 4 operations
                  #0 a | data 2.0 | grad 0.0
                  #1 b | data 3.0 | grad 0.0
                  #2 = #0 * #0 | data 4.0 | grad 0.0
                  #3 | data 0.0 | grad 0.0
                  #4 = #2 + #3 | data 4.0 | grad 0.0
                  #5 = #1 * #1 | data 9.0 | grad 0.0
                  #6 = #4 + #5 | data 13.0 | grad 0.0
                """)
        expectDiagnostic("xs = [1, 'a']\nr = 1️⃣sum(x for x in xs)", "TypeError: unsupported operand type(s) for +: 'int' and 'str'")
        expectDiagnostic("r = sum(1️⃣x.data for x in [1])", "AttributeError: 'int' object has no attribute 'data'")
        // A non-iterable fails where the general path fails: at the statement.
        expectDiagnostic("1️⃣r = sum(x for x in 5)", "TypeError: 'int' object is not iterable")
        expectDiagnostic("1️⃣r = sum(I(x for x in 5))", "TypeError: 'int' object is not iterable", before: ["I = lambda g: g"])
    }

    @Test func aRedefinedSumIsCalled() {
        #expect(run("def sum(g):\n    return list(g)\nsum(x * 2 for x in [1, 2])") == "[2, 4]")
        #expect(run("sum = len\nsum(x for x in [1, 2])") == "TypeError: object of type 'generator' has no len()")
    }
}

/// `for a, b in zip(xs, ys)` puts each pair straight into the targets, and must answer as iterating what `zip`
/// returns does.
@Suite("Pairs from zip answer as the general path does")
struct ZipPairTests {
    static let iterables = ["[1, 2, 3]", "(4.0, 5.0)", "'ab'", "range(2)", "[]", "5", "None", "{'k': 1}", "[Value(1.0)]"]

    @Test(arguments: iterables)
    func loopsAndComprehensions(_ xs: String) {
        for ys in Self.iterables {
            for (fast, general) in [
                ("[(a, b) for a, b in zip(xs, ys)]", "[(a, b) for a, b in I(zip(xs, ys))]"),
                ("out = []\nfor a, b in zip(xs, ys):\n    out.append((a, b))\nout", "out = []\nfor a, b in I(zip(xs, ys)):\n    out.append((a, b))\nout"),
                ("sum(a * b for a, b in zip(xs, ys))", "sum(a * b for a, b in I(zip(xs, ys)))"),
            ] {
                let setup = "I = lambda v: v\nxs = \(xs)\nys = \(ys)\n"
                #expect(run(setup + fast) == run(setup + general), "\(fast) for \(xs), \(ys)")
            }
        }
    }

    @Test func breakContinueAndElse() {
        let source = """
            out = []
            for a, b in zip([1, 2, 3, 4], 'abcd'):
                if a == 2:
                    continue
                if a == 4:
                    break
                out.append(b)
            else:
                out.append('else')
            for a, b in zip([1], [2]):
                pass
            else:
                out.append('done')
            out, a, b
            """
        #expect(run(source) == "(['a', 'c', 'done'], 1, 2)")
    }

    @Test func aRedefinedZipIsIterated() {
        #expect(run("def zip(a, b):\n    return [(b, a)]\n[(x, y) for x, y in zip(1, 2)]") == "[(2, 1)]")
        #expect(run("zip = lambda a, b: [(1, 2, 3)]\nfor x, y in zip(1, 2):\n    pass") == "ValueError: too many values to unpack (expected 2)")
    }

    @Test func errorsAreWhereTheGeneralPathPutsThem() {
        expectDiagnostic("for a, b in 1️⃣zip([1], 5):\n    pass", "TypeError: 'int' object is not iterable")
        expectDiagnostic("for a, b in zip([1], 1️⃣missing):\n    pass", "NameError: name 'missing' is not defined")
        expectDiagnostic("r = [a for a, b in 1️⃣zip(None, [1])]", "TypeError: 'NoneType' object is not iterable")
    }
}
