import MicrogradScript
import Testing

@Suite("Limits: every runaway lesson stops with a clear error")
struct LimitTests {
    @Test func stepBudgetStopsAnEndlessLoop() {
        expectDiagnostic(
            "while True:\n    1️⃣pass", "TimeoutError: step budget of 100000 exhausted (raise it with budget=N)",
            budget: 100_000)
    }

    @Test func defaultBudgetStopsAnEndlessLoopQuickly() {
        #expect(run("while True: pass") == "TimeoutError: step budget of 20000000 exhausted (raise it with budget=N)")
    }

    @Test func budgetCanBeRaisedPerCell() {
        let source = "n = 0\nfor i in range(50000):\n    n += 1\nn"
        #expect(run(source, budget: 1000).hasPrefix("TimeoutError: step budget of 1000 exhausted"))
        #expect(run(source, budget: 1_000_000) == "50000")
    }

    @Test func recursionLimit() {
        expectDiagnostic("def f(n):\n    return 1️⃣f(n + 1)\nf(0)", "RecursionError: maximum recursion depth exceeded")
    }

    @Test func collectionLimit() {
        expectDiagnostic("xs = 1️⃣[0] * 10**9", "MemoryError: a collection may hold at most 10000000 elements (Gradbook's limit)")
        #expect(run("list(range(10**9))") == "MemoryError: a collection may hold at most 10000000 elements (Gradbook's limit)")
        #expect(run("'ab' * 10**8") == "MemoryError: a collection may hold at most 10000000 elements (Gradbook's limit)")
    }

    /// One collection is capped, and so is what a cell makes in all: making elements costs steps, so a hundred
    /// big lists stop at the budget instead of filling the machine's memory (23 GB before this charge).
    @Test func makingElementsCostsSteps() {
        let budget = 1_000_000
        let exhausted = "TimeoutError: step budget of 1000000 exhausted (raise it with budget=N)"
        #expect(run("len([0] * 10**6)", budget: budget) == "1000000", "one list of a million is a quarter of the budget")
        for source in [
            "x = [[0] * 10**6 for _ in range(100)]",
            "x = [[0] + [1] * 10**6 for _ in range(100)]",
            "x = [list(zip([0] * 10**5, range(10**5))) for _ in range(100)]",
            "x = [list(range(10**6)) for _ in range(100)]",
            "x = ['ab' * 10**6 for _ in range(100)]",
            "x = []\nfor _ in range(100):\n    x.extend([0] * 10**5)\n    x += [1] * 10**5",
        ] {
            #expect(run(source, budget: budget) == exhausted, "\(source)")
        }
    }

    @Test func integerOverflowIsAnError() {
        #expect(run("2 ** 64").hasPrefix("OverflowError: "))
        #expect(run("2 ** 62") == "4611686018427387904")
    }

    @Test func outputLimit() {
        let limits = Limits(outputCharacters: 100)
        #expect(
            run("for i in range(1000):\n    print('0123456789')", limits: limits).hasSuffix(
                "RuntimeError: output limit of 100 characters exceeded (Gradbook's limit)"))
    }

    @Test func engineValueLimit() {
        let limits = Limits(engineValues: 1000)
        let source = "keep = []\nfor i in range(2000):\n    keep.append(Value(1.0))"
        #expect(run(source, limits: limits) == "MemoryError: more than 1000 engine values are alive (Gradbook's limit)")
        #expect(run("for i in range(5000):\n    v = Value(1.0) * 2\n'ok'", limits: limits) == "'ok'")
    }
}

@Suite("Deeply nested data neither crashes printing nor releasing")
struct NestingTests {
    @Test func deeplyNestedListsPrintElidedAndAreReleasedSafely() {
        var session: Session? = Session()
        let result = session?.run("a = []\nfor i in range(200000):\n    a = [a]\nlen(repr(a)) < 2000, str(a)[:6]").plainText
        #expect(result == "(True, '[[[[[[')")
        session = nil
        #expect(session == nil)
    }
}

@Suite("Nesting in the source")
struct SourceNestingTests {
    @Test func hundredThousandBracketsAreASyntaxErrorNotACrash() {
        let result = Session().run(String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000))
        guard case .error(let diagnostic)? = result.last else {
            Issue.record("expected an error, got \(result.plainText)")
            return
        }
        #expect(diagnostic.pythonStyle == "SyntaxError: too many nested parentheses")
    }

    @Test func nestingWithinTheLimitRuns() {
        #expect(run(String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)) == "1")
        #expect(run(String(repeating: "-", count: 500) + "1") == "1")
    }
}

@Suite("Huge numbers from the user never trap a conversion")
struct HugeNumberTests {
    @Test func hugeRangesWidthsAndFloats() {
        #expect(run("len(range(-9223372036854775807, 9223372036854775807, 2**62))") == "4")
        #expect(run("r = range(-9223372036854775807, 9223372036854775807, 3)\nr[-1], len(r)") == "(9223372036854775805, 6148914691236517205)")
        #expect(run("f'{1:99999999999999999999}'") == "ValueError: Too many decimal digits in format string")
        #expect(run("'%d' % 1e300").hasPrefix("OverflowError"))
        #expect(run("import numpy as np\nnp.arange(0, 1e300, 1)") == "ValueError: Maximum allowed size exceeded")
        #expect(run("import numpy as np\nnp.arange(0, 1e9, 1)").hasPrefix("MemoryError: Unable to allocate"))
        #expect(run("[0 for i in range(5000)]", limits: Limits(collectionElements: 1000)).hasPrefix("MemoryError"))
        #expect(run("int(1e300)").hasPrefix("OverflowError"))
    }
}

@Suite("Integer edge cases stay errors, never traps")
struct IntegerEdgeTests {
    @Test func edges() {
        #expect(run("-9223372036854775807 - 1") == "-9223372036854775808")
        #expect(run("(-9223372036854775807 - 1) % 3, (-9223372036854775807 - 1) // 3") == "(1, -3074457345618258603)")
        #expect(run("5 in range(-9223372036854775807, 10), 4 in range(-9223372036854775807, 10, 3)") == "(True, False)")
        #expect(run("[1, 2, 3][::9223372036854775807]") == "[1]")
        #expect(run("round(9223372036854775807, -1)").hasPrefix("OverflowError"))
        #expect(run("list(enumerate([1, 2], start=9223372036854775807))").hasPrefix("OverflowError"))
        #expect(run("Layer(10**7, 10**7)").hasPrefix("MemoryError"))
        #expect(run("MLP(2, [10**18, 10**18])").hasPrefix("MemoryError"))
    }
}

@Suite("Native work inside built-ins counts against the budget")
struct NativeWorkBudgetTests {
    @Test func membershipAndSumsOverBigListsAreCharged() {
        #expect(run("big = list(range(100000))\nfor i in range(10000):\n    -1 in big", budget: 100_000).hasPrefix("TimeoutError"))
        #expect(run("big = list(range(100000))\nfor i in range(10000):\n    sum(big)", budget: 100_000).hasPrefix("TimeoutError"))
        #expect(run("big = list(range(1000))\nn = 0\nfor i in range(100):\n    n += sum(big)\nn") == "49950000")
    }
}
