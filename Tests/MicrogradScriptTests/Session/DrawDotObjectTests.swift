import Micrograd
import Testing

@testable import MicrogradScript

/// The built-in `draw_dot` draws any object shaped like the lecture's `Value` (a lesson's own class), in a
/// deterministic topological order, as the same `GraphSnapshot` the built-in values give.
@Suite struct DrawDotObjectTests {
    /// The lecture's `Value`, as a lesson writes it: `_prev` is a set, `label` an attribute.
    static let lessonValue = """
        class Value:
            def __init__(self, data, _children=(), _op='', label=''):
                self.data = data
                self.grad = 0.0
                self._prev = set(_children)
                self._op = _op
                self.label = label
            def __add__(self, other):
                return Value(self.data + other.data, (self, other), '+')
            def __mul__(self, other):
                return Value(self.data * other.data, (self, other), '*')
        """

    static let lectureExpression = """
        a = Value(2.0, label='a'); b = Value(-3.0, label='b')
        e = a*b; e.label = 'e'
        c = Value(10.0, label='c')
        d = e + c; d.label = 'd'
        f = Value(-2.0, label='f')
        L = d * f; L.label = 'L'
        L.grad = 1.0
        draw_dot(L)
        """

    @Test func aLessonsValueDrawsInDepthFirstOrder() {
        #expect(
            run(Self.lessonValue, Self.lectureExpression) == """
                graph: 7 values, 3 operations
                  #0 a | data 2.0 | grad 0.0
                  #1 b | data -3.0 | grad 0.0
                  #2 e = #0 * #1 | data -6.0 | grad 0.0
                  #3 c | data 10.0 | grad 0.0
                  #4 d = #2 + #3 | data 4.0 | grad 0.0
                  #5 f | data -2.0 | grad 0.0
                  #6 L = #4 * #5 | data -8.0 | grad 1.0
                """)
    }

    @Test func aLessonsValueDrawsExactlyLikeTheBuiltInOne() {
        let lesson = outputs(Self.lessonValue, Self.lectureExpression)
        let builtIn = outputs(
            """
            from micrograd.engine import Value
            a = Value(2.0); a.label = 'a'
            b = Value(-3.0); b.label = 'b'
            e = a*b; e.label = 'e'
            c = Value(10.0); c.label = 'c'
            d = e + c; d.label = 'd'
            f = Value(-2.0); f.label = 'f'
            L = d * f; L.label = 'L'
            L.grad = 1.0
            draw_dot(L)
            """)
        guard case .graph(let drawn)? = lesson.first, case .graph(let expected)? = builtIn.first else {
            Issue.record("expected two graphs, got \(lesson.plainText) and \(builtIn.plainText)")
            return
        }
        #expect(drawn == expected)
        #expect(drawn.dot() == expected.dot())
    }

    @Test func micrograds_engineStyleClassWithoutLabelsDraws() {
        #expect(
            run(
                """
                class Value:
                    def __init__(self, data, _children=(), _op=''):
                        self.data = data
                        self.grad = 0
                        self._backward = lambda: None
                        self._prev = set(_children)
                        self._op = _op
                    def __add__(self, other):
                        other = other if isinstance(other, Value) else Value(other)
                        return Value(self.data + other.data, (self, other), '+')
                x = Value(1)
                y = x + x + 2
                draw_dot(root=y)
                """) == """
                graph: 4 values, 2 operations
                  #0 | data 1.0 | grad 0.0
                  #1 = +(#0) | data 2.0 | grad 0.0
                  #2 | data 2.0 | grad 0.0
                  #3 = #1 + #2 | data 4.0 | grad 0.0
                """)
    }

    @Test func aDeepChainDrawsWithoutOverflowingTheStack() {
        #expect(
            run(
                Self.lessonValue,
                """
                v = Value(0.0)
                one = Value(1.0)
                for _ in range(20000):
                    v = v + one
                draw_dot(v)
                """
            ).hasPrefix("graph: 20002 values, 20000 operations"))
    }

    @Test func objectsThatAreNotValuesGetPythonsErrors() {
        expectDiagnostic("1️⃣draw_dot(3)", "AttributeError: 'int' object has no attribute '_prev'")
        expectDiagnostic(
            """
            class Node:
                def __init__(self):
                    self.data = 'x'
                    self.grad = 0.0
                    self._prev = []
                    self._op = ''
            1️⃣draw_dot(Node())
            """,
            "TypeError: must be real number, not str")
        expectDiagnostic("1️⃣draw_dot()", "TypeError: draw_dot() missing 1 required positional argument: 'root'")
    }

    @Test func aCycleThroughPrevDropsOnlyItsClosingEdge() {
        #expect(
            run(
                Self.lessonValue,
                """
                a = Value(1.0, label='a')
                b = Value(2.0, (a,), 'f', label='b')
                a._prev = {b}
                a._op = 'g'
                draw_dot(b)
                """) == """
                graph: 2 values, 2 operations
                  #0 a = g() | data 1.0 | grad 0.0
                  #1 b = f(#0) | data 2.0 | grad 0.0
                """)
    }
}
