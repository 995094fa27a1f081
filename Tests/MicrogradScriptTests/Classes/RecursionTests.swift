import MicrogradScript
import Testing

/// Lesson functions recurse as deep as CPython lets them, `sys.setrecursionlimit` is honoured up to
/// `Limits.maximumRecursionDepth`, and beyond the limit there is a `RecursionError` where the call is written.
@Suite("Recursion: CPython's depth, the limit, and RecursionError")
struct RecursionTests {
    static let depth = "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)"

    @Test func lessonsRecurseToCPythonsDefaultLimit() {
        #expect(run(Self.depth, "depth(990)") == "990")
        #expect(run("import sys\nsys.getrecursionlimit()") == "1000")
    }

    /// The deepest limit Gradbook allows, reached through functions, a property and an operator method at once:
    /// the session's deep stack holds it in a debug build.
    @Test func theMaximumLimitIsReachableThroughEveryKindOfCall() {
        let source = """
            import sys
            sys.setrecursionlimit(20000)
            class Chain:
                def __init__(self, n):
                    self.n = n
                @property
                def length(self):
                    return 0 if self.n == 0 else 1 + (Chain(self.n - 1) + 0)
                def __add__(self, other):
                    return self.length + other
            Chain(6600).length
            """
        #expect(run(Self.depth, "import sys\nsys.setrecursionlimit(20000)\ndepth(19990)") == "19990")
        #expect(run(source) == "6600")
    }

    @Test func beyondTheLimitIsARecursionErrorAtTheCall() {
        expectDiagnostic(
            "def down(n):\n    return 1 + 1️⃣down(n + 1)\ndown(0)", "RecursionError: maximum recursion depth exceeded")
        expectDiagnostic(
            "class A:\n    def __repr__(self):\n        return 1️⃣repr(self)\nrepr(A())",
            "RecursionError: maximum recursion depth exceeded")
        #expect(run("import sys\nsys.setrecursionlimit(50)", Self.depth, "depth(60)") == "RecursionError: maximum recursion depth exceeded")
    }

    @Test func theLimitIsBounded() {
        #expect(run("import sys\nsys.setrecursionlimit(10**6)") == "ValueError: recursion limit 1000000 is above Gradbook's maximum of 20000")
        #expect(run("import sys\nsys.setrecursionlimit(0)") == "ValueError: recursion limit must be greater or equal than 1")
        #expect(
            run("import sys\ndef f():\n    sys.setrecursionlimit(1)\nf()")
                == "RecursionError: cannot set the recursion limit to 1 at the recursion depth 1: the limit is too low")
        #expect(run("import sys\nsys.argv") == "AttributeError: module 'sys' has no attribute 'argv'")
    }

    /// A recursion error is an ordinary exception: caught, the session goes on at full depth.
    @Test func aCaughtRecursionErrorLeavesTheSessionWhole() {
        #expect(
            run(
                "def forever(n):\n    return forever(n + 1)\ntry:\n    forever(0)\nexcept RecursionError as e:\n    print(e)",
                Self.depth + "\ndepth(900)") == "900")
    }
}
