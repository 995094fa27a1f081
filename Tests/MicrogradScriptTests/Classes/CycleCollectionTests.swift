import Testing

@testable import MicrogradScript

/// The lecture makes a reference cycle at every operation (`out._backward` captures `out`). These tests hold the
/// collector to its promise: unreachable cycles are freed during a cell, so a training loop runs in bounded
/// memory, and freeing a long chain never overflows the stack.
@Suite("Cycles: collected during a cell, in bounded memory")
struct CycleCollectionTests {
    /// A lecture-style engine and network, small enough for a debug build: each step's graph is about 1,800
    /// nodes, and every node is in a cycle with its `_backward` closure.
    static let engine = """
        import math, random
        class V:
            def __init__(self, data, children=()):
                self.data = data
                self.grad = 0.0
                self._prev = set(children)
                self._backward = lambda: None
            def __add__(self, other):
                other = other if isinstance(other, V) else V(other)
                out = V(self.data + other.data, (self, other))
                def _backward():
                    self.grad += out.grad
                    other.grad += out.grad
                out._backward = _backward
                return out
            __radd__ = __add__
            def __mul__(self, other):
                other = other if isinstance(other, V) else V(other)
                out = V(self.data * other.data, (self, other))
                def _backward():
                    self.grad += other.data * out.grad
                    other.grad += self.data * out.grad
                out._backward = _backward
                return out
            __rmul__ = __mul__
            def __sub__(self, other):
                return self + (-1.0) * other
            def tanh(self):
                t = math.tanh(self.data)
                out = V(t, (self,))
                def _backward():
                    self.grad += (1 - t * t) * out.grad
                out._backward = _backward
                return out
            def backward(self):
                topo, seen = [], set()
                def build(v):
                    if v not in seen:
                        seen.add(v)
                        for c in v._prev:
                            build(c)
                        topo.append(v)
                build(self)
                self.grad = 1.0
                for v in reversed(topo):
                    v._backward()
        random.seed(3)
        params = [V(random.uniform(-1, 1)) for _ in range(8 * 3 + 8 * 9 + 9)]
        def net(x):
            w = iter(params)
            h = [sum((next(w) * xi for xi in x), next(w)).tanh() for _ in range(8)]
            h = [sum((next(w) * hi for hi in h), next(w)).tanh() for _ in range(8)]
            return sum((next(w) * hi for hi in h), next(w))
        xs = [[0.5, -1.0], [1.0, 0.25], [-0.5, 0.75], [0.0, -0.5], [1.5, 1.0], [-1.0, -1.0]]
        ys = [1.0, -1.0, 1.0, -1.0, 1.0, -1.0]
        """

    static func training(_ steps: Int) -> String {
        """
        for k in range(\(steps)):
            loss = sum(((net(x) - y) * (net(x) - y) for x, y in zip(xs, ys)), V(0.0))
            for p in params:
                p.grad = 0.0
            loss.backward()
            for p in params:
                p.data -= 0.05 * p.grad
        round(loss.data, 6)
        """
    }

    /// The high-water mark of tracked objects after 100 steps is that of 10 steps, give or take a collection's
    /// slack: without the collector it would grow tenfold (about 17,000 objects a step).
    @Test func aTrainingLoopKeepsItsLiveObjectsBounded() {
        func largest(after steps: Int) -> (largest: Int, full: Int, loss: String) {
            let session = Session()
            _ = session.run(Self.engine)
            let loss = session.run(Self.training(steps)).plainText
            return (session.heapCensus.largest, session.heapCensus.fullCollections, loss)
        }
        let short = largest(after: 10)
        let long = largest(after: 100)
        #expect(Double(long.largest) <= Double(max(short.largest, 100_000)) * 1.5, "\(short) then \(long)")
        #expect(long.largest < 300_000, "\(long)")
        #expect(long.full > 0)
        #expect(Double(long.loss) != nil, "\(long.loss)")
    }

    /// Cycles made and dropped in one loop are collected while the loop runs, not only when the cell ends.
    @Test func cyclesAreCollectedDuringACell() {
        let session = Session()
        let printed = session.run(
            """
            class Ring:
                def __init__(self):
                    self.me = self
                    self.f = lambda: self
            for i in range(300000):
                r = Ring()
            "done"
            """
        ).plainText
        #expect(printed == "'done'")
        #expect(session.heapCensus.largest < 200_000, "\(session.heapCensus)")
        #expect(session.heapCensus.youngCollections > 0)
    }

    /// A chain of a million instances freed at once is released without recursion deep enough to overflow.
    @Test func aMillionInstanceChainIsFreedWithoutOverflow() {
        let printed = run(
            """
            class Link:
                def __init__(self, nxt):
                    self.next = nxt
            head = None
            for i in range(1000000):
                head = Link(head)
            head = None
            chain = None
            for i in range(1000000):
                chain = [chain]
            chain = None
            "freed"
            """, budget: 100_000_000)
        #expect(printed == "'freed'")
    }

    /// What a cell made is gone when the cell's variables are: the next cell starts from what is still named.
    @Test func betweenCellsOnlyNamedObjectsRemain() {
        let session = Session()
        _ = session.run(Self.engine)
        let before = session.heapCensus.tracked
        _ = session.run(Self.training(3))
        _ = session.run("del loss, k, p, x, y")
        #expect(session.heapCensus.tracked <= before + 50, "\(before) then \(session.heapCensus)")
    }
}
