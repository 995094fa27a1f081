import MicrogradScript
import Testing

@Suite("Functions: defaults, keywords, closures, recursion")
struct FunctionTests {
    @Test func defaultsAndKeywords() {
        let source = """
            def f(a, b=2, *rest, scale=1, **options):
                return (a + b) * scale, rest, options
            f(1), f(1, 3), f(1, scale=10), f(1, 2, 3, 4, tag='x')
            """
        #expect(run(source) == "((3, (), {}), (4, (), {}), (30, (), {}), (3, (3, 4), {'tag': 'x'}))")
    }

    @Test func defaultsAreEvaluatedOnceAtDefinition() {
        #expect(run("n = 1\ndef f(x=n):\n    return x\nn = 2\nf()") == "1")
    }

    @Test func recursion() {
        #expect(run("def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\nfact(20)") == "2432902008176640000")
    }

    @Test func argumentErrorsUsePythonWords() {
        #expect(run("def f(a, b):\n    pass\nf(1)") == "TypeError: f() missing 1 required positional argument: 'b'")
        #expect(run("def f(a):\n    pass\nf(1, 2)") == "TypeError: f() takes 1 positional argument but 2 were given")
        #expect(run("def f(a):\n    pass\nf(a=1, c=2)") == "TypeError: f() got an unexpected keyword argument 'c'")
        #expect(run("def f(a):\n    pass\nf(1, a=2)") == "TypeError: f() got multiple values for argument 'a'")
    }

    @Test func functionsFromEarlierCellsSeeLaterGlobals() {
        #expect(run("def g():\n    return later * 2", "later = 21", "g()") == "42")
    }

    @Test func localBeforeAssignment() {
        #expect(
            run("x = 1\ndef f():\n    print(x)\n    x = 2\nf()")
                == "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value")
    }
}

@Suite("Calls with unpacking, and names that shadow built-ins")
struct CallUnpackingTests {
    @Test func starredArgumentsAndKeywordMappings() {
        #expect(run("def f(a, b, c=0):\n    return a + b + c\nargs = [1, 2]\nopts = {'c': 10}\nf(*args), f(*args, **opts)") == "(3, 13)")
        #expect(run("print(*[1, 2, 3], sep=', ')") == "1, 2, 3")
        #expect(run("[*range(2), *'ab']") == "[0, 1, 'a', 'b']")
    }

    @Test func shadowingABuiltinAndDeletingTheShadow() {
        #expect(run("sum = 3\nx = sum\ndel sum\nx, sum([1, 2])") == "(3, 3)")
    }

    @Test func closuresBindLate() {
        #expect(run("fs = [lambda: i for i in range(3)]\n[f() for f in fs]") == "[2, 2, 2]")
        #expect(run("fs = [lambda i=i: i for i in range(3)]\n[f() for f in fs]") == "[0, 1, 2]")
    }

    @Test func notCallable() {
        #expect(run("x = 3\nx()") == "TypeError: 'int' object is not callable")
    }
}

@Suite("Local helper functions are freed when their call returns")
struct LocalFunctionReleaseTests {
    @Test func helpersThatEscapeStillWork() {
        #expect(run("def outer():\n    def inner():\n        return 7\n    return inner\nf = outer()\nf()") == "7")
        #expect(run("def outer():\n    def inner():\n        return 7\n    return [inner]\nouter()[0]()") == "7")
    }

    @Test func valuesHeldOnlyByAFinishedCallAreReclaimed() {
        let limits = Limits(engineValues: 5000)
        let source = """
            def walk(v):
                seen = []
                def visit(u):
                    seen.append(u)
                visit(v)
                return len(seen)
            total = 0
            for i in range(3000):
                total += walk(Value(1.0) * 2)
            total
            """
        #expect(run(source, limits: limits) == "3000")
    }
}

@Suite("Escaping closures keep their siblings")
struct EscapingClosureTests {
    @Test func siblingsOfAnEscapedFunctionStayCallable() {
        #expect(run("def outer():\n    def g():\n        return 1\n    def f():\n        return g() + 1\n    return f\nouter()()") == "2")
        #expect(run("def outer():\n    def g():\n        return 1\n    return [lambda: g()]\nouter()[0]()") == "1")
        #expect(run("def outer():\n    def g():\n        return 1\n    def f():\n        return lambda: g()\n    return f()\nouter()()") == "1")
    }
}
