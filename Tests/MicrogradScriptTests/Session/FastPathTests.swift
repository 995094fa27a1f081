import MicrogradScript
import Testing

/// The interpreter's fast paths (one-argument calls of hot built-ins, `Value` fields and methods known by name,
/// the cached parameter list) must answer exactly as the general paths do, errors included.
@Suite("Fast paths answer as the general paths do")
struct FastPathTests {
    /// Arguments of every kind, each written as a cell expression.
    static let arguments = [
        "0", "-3", "2.5", "True", "None", "'7'", "' 1.5 '", "'x'", "[1, 2.0]", "(1,)", "range(3)", "{'a': 1}",
        "Value(2.0)", "[Value(1.0), Value(2.0)]", "(x for x in [1, 2])",
    ]

    @Test(arguments: ["Value", "float", "len", "list", "sum", "range"])
    func oneArgumentBuiltins(_ name: String) {
        for argument in Self.arguments {
            // `f(*[x])` unpacks, so it goes through the general argument list.
            let fast = run("r = \(name)(\(argument))\nr.data if isinstance(r, Value) else r")
            let general = run("r = \(name)(*[\(argument)])\nr.data if isinstance(r, Value) else r")
            #expect(fast == general, "\(name)(\(argument))")
        }
    }

    @Test(arguments: ["map", "isinstance", "zip", "range", "max"])
    func twoArgumentBuiltins(_ name: String) {
        let firsts = ["Value", "float", "len", "3", "Value(1.0)", "[1, 2]", "lambda v: v * 2"]
        let seconds = ["[1, 2.5]", "Value", "int", "(float, int)", "'ab'", "7", "None"]
        for a in firsts {
            for b in seconds {
                let fast = run("r = \(name)(\(a), \(b))\nlist(r) if type(r) in [map, zip] else r")
                let general = run("r = \(name)(*[\(a), \(b)])\nlist(r) if type(r) in [map, zip] else r")
                #expect(fast == general, "\(name)(\(a), \(b))")
            }
        }
    }

    @Test func lessonFunctionsOfTwoParameters() {
        #expect(run("def f(x, y=1):\n    return x - y\nf(3, 2), f(3), list(map(f, [5], [1]))") == "(1, 2, [4])")
        #expect(run("def f(x, *ys):\n    return x, ys\nf(3, 4)") == "(3, (4,))")
        #expect(run("def f(x):\n    return x\nf(3, 4)") == "TypeError: f() takes 1 positional argument but 2 were given")
        #expect(run("f = lambda x, y: x * y\nf(Value(2.0), 3).data") == "6.0")
    }

    @Test func mapAndZipOfOneAndSeveralIterables() {
        #expect(run("list(map(Value, [1, 2.5]))") == "[Value(data=1.0), Value(data=2.5)]")
        #expect(run("list(map(lambda a, b: a * b, [1, 2, 3], [4, 5]))") == "[4, 10]")
        #expect(run("list(map(len, ['ab', [1]]))") == "[2, 1]")
        #expect(run("list(zip([1, 2, 3], 'ab'))") == "[(1, 'a'), (2, 'b')]")
        #expect(run("list(zip([1, 2], [3, 4], [5, 6]))") == "[(1, 3, 5), (2, 4, 6)]")
        #expect(run("list(zip())") == "[]")
        #expect(run("map(float, [1, 'x'])") == "ValueError: could not convert string to float: 'x'")
    }

    @Test func lessonFunctionsOfOneParameter() {
        #expect(run("def f(x=1):\n    return x * 2\nf(3), f(), list(map(f, [1, 2]))") == "(6, 2, [2, 4])")
        #expect(run("def f(*xs):\n    return xs\nf(3)") == "(3,)")
        #expect(run("def f(x, y):\n    return x\nf(3)") == "TypeError: f() missing 1 required positional argument: 'y'")
    }

    @Test func valueFields() {
        for value in ["Value(2.0)", "[1]", "3", "MLP(1, [1])"] {
            for field in ["data", "grad"] {
                let fast = run("v = \(value)\nv.\(field)")
                let general = run("v = \(value)\ngetattr(v, '\(field)')")
                #expect(fast == general, "\(value).\(field)")
            }
        }
        #expect(run("v = Value(2.0)\nv.data = 3\nv.grad = True\nv.data, v.grad") == "(3.0, 1.0)")
        #expect(run("v = Value(2.0)\nv.data -= 0.5 * 2\nv.grad += 1\nv.data *= 3\nv.data, v.grad") == "(3.0, 1.0)")
        #expect(run("v = Value(2.0)\nv.data /= 0") == "ZeroDivisionError: float division by zero")
        #expect(run("v = Value(2.0)\nv.data = 'x'") == "TypeError: Value.data must be a number, not 'str'")
        #expect(run("v = Value(2.0)\nv.data += Value(1.0)") == "TypeError: Value.data must be a number, not 'Value'")
        #expect(run("xs = [1]\nxs.data = 1") == "AttributeError: 'list' object has no attribute 'data'")
    }

    @Test func fieldsOfVariablesInEveryScope() {
        // Read and updated in place through the variable: module level, a function's locals, a closure's.
        let source = """
            g = Value(1.0)
            def f(v):
                v.data -= 0.5 * v.grad
                w = v
                def inner():
                    w.grad += w.data * 2
                    return w.grad
                return inner(), v.data, w.grad
            g.grad = 4.0
            f(g), g.data, g.grad
            """
        #expect(run(source) == "((2.0, -1.0, 2.0), -1.0, 2.0)")
        // An operand that calls code takes the general path, which reads the variable once, before it.
        let rebinding = "p = Value(1.0)\nq = p\ndef f():\n    global p\n    p = 5\n    return 1.0\np.data += f()\np, q.data"
        #expect(run(rebinding) == "(5, 2.0)")
        #expect(run("p = [1]\np.data += 1") == "AttributeError: 'list' object has no attribute 'data'")
        #expect(run("p = Value(1.0)\np.data += 'x'") == run("I = lambda v: v\np = Value(1.0)\np.data += I('x')"))
        expectDiagnostic("1️⃣missing.data += 1", "NameError: name 'missing' is not defined")
        expectDiagnostic("def f():\n    x = 1️⃣v.grad\n    v = Value(1.0)\nf()", "UnboundLocalError: cannot access local variable 'v' where it is not associated with a value")
        expectDiagnostic("v = Value(1.0)\nv.data = 1️⃣v.nothing", "AttributeError: 'Value' object has no attribute 'nothing'")
    }

    @Test func valueMethods() {
        for method in ["tanh", "relu", "exp", "log", "sigmoid"] {
            for value in ["Value(0.5)", "Value(-1.0)", "Value(1000.0)", "[1]", "2.0"] {
                let fast = run("r = \(value).\(method)()\nr.data if isinstance(r, Value) else r")
                let general = run("r = getattr(\(value), '\(method)')()\nr.data if isinstance(r, Value) else r")
                #expect(fast == general, "\(value).\(method)()")
            }
        }
        #expect(run("Value(1.0).nothing()") == "AttributeError: 'Value' object has no attribute 'nothing'")
        #expect(run("Value(1.0).nothing(1)") == "AttributeError: 'Value' object has no attribute 'nothing'")
        #expect(run("MLP(1, [1]).nothing(1)") == "AttributeError: 'MLP' object has no attribute 'nothing'")
    }

    @Test func parameterListsAreFreshListsEveryCall() {
        let source = """
            n = MLP(2, [3, 1])
            ps = n.parameters()
            ps.append(1)
            ps[0] = 'changed'
            qs = n.parameters()
            m = Neuron(2)
            len(ps), len(qs), qs[0] is n.layers[0].neurons[0].w[0], len(m.parameters()), len(n.parameters())
            """
        #expect(run(source) == "(14, 13, True, 3, 13)")
    }

    @Test func zeroGradOnEveryKindOfModule() {
        let source = """
            n = MLP(2, [2, 1]); l = Layer(2, 2); u = Neuron(2)
            for m in [n, l, u]:
                for p in m.parameters():
                    p.grad = 5.0
                m.zero_grad()
            sum(p.grad for m in [n, l, u] for p in m.parameters())
            """
        #expect(run(source) == "0.0")
    }

    @Test func arithmeticOnValuesBuildsMicrogradsNodes() {
        let source = """
            a = Value(3.0)
            cases = [a * a, a * 2, 2 * a, a * 2.5, 2.5 * a, a + a, a + 1, 1 + a, a + 0.5, 0.5 + a, a * True, True + a]
            [(v._op, [p.data for p in v._prev], v.data) for v in cases]
            """
        #expect(
            run(source)
                == "[('*', [3.0, 3.0], 9.0), ('*', [3.0, 2.0], 6.0), ('*', [3.0, 2.0], 6.0), ('*', [3.0, 2.5], 7.5), "
                + "('*', [3.0, 2.5], 7.5), ('+', [3.0, 3.0], 6.0), ('+', [3.0, 1.0], 4.0), ('+', [3.0, 1.0], 4.0), "
                + "('+', [3.0, 0.5], 3.5), ('+', [3.0, 0.5], 3.5), ('*', [3.0, 1.0], 3.0), ('+', [3.0, 1.0], 4.0)]")
        #expect(run("Value(1.0) * 'x'") == "TypeError: unsupported operand type(s) for *: 'Value' and 'str'")
        #expect(run("[1] * Value(1.0)") == "TypeError: unsupported operand type(s) for *: 'list' and 'Value'")
    }

    @Test func comparisonsOfNumbersAndBools() {
        let source = """
            nan = float('nan')
            [1 < 2, 2 <= 2, 3 > 4, 1.5 >= 1.5, 2 == 2.0, 1 != True, True == 1, nan == nan, nan < 1.0, nan != nan,
             True == False, -0.0 == 0.0, 10**18 < 10**18 + 1, (1 > 0) == (0.5 > 0)]
            """
        #expect(
            run(source)
                == "[True, True, False, True, True, False, True, False, False, True, False, True, True, True]")
        #expect(run("True < False") == "False")
        // An int and a float, each way round, against the general path (which one-element lists take).
        for (x, y) in [("1", "1.0"), ("2", "1.5"), ("-3", "nan"), ("2**53 + 1", "2.0**53"), ("0", "-0.0"), ("7", "inf")] {
            for op in ["<", "<=", ">", ">=", "==", "!="] {
                for (a, b) in [(x, y), (y, x)] {
                    let setup = "nan = float('nan')\ninf = float('inf')\n"
                    #expect(run(setup + "\(a) \(op) \(b)") == run(setup + "[\(a)] \(op) [\(b)]"), "\(a) \(op) \(b)")
                }
            }
        }
        #expect(run("'a' < 1") == "TypeError: '<' not supported between instances of 'str' and 'int'")
    }

    @Test func pairsUnpackIntoTwoTargets() {
        #expect(run("[a - b for a, b in zip([5, 6], [1, 2])]") == "[4, 4]")
        #expect(run("[a + b for a, b in [[1, 2], (3, 4), 'ab']]") == "[3, 7, 'ab']")
        #expect(run("for a, b in [(1, 2, 3)]:\n    pass") == "ValueError: too many values to unpack (expected 2)")
        #expect(run("for a, b in [(1,)]:\n    pass") == "ValueError: not enough values to unpack (expected 2, got 1)")
        #expect(run("for a, b in [5]:\n    pass") == "TypeError: cannot unpack non-iterable int object")
    }
}
