import Testing
@testable import Micrograd

/// micrograd's own test_engine.py cases, whose numbers were checked against PyTorch.
@Suite struct EngineTests {
    @Test func sanityCheck() {
        let tape = Tape()
        let x = tape.value(-4.0)
        let z = 2 * x + 2 + x
        let q = z.relu() + z * x
        let h = (z * z).relu()
        let y = h + q + q * x
        y.backward()
        #expect(y.data == -20)
        #expect(x.grad == 46)
    }

    @Test func moreOps() {
        let tape = Tape()
        let a = tape.value(-4.0)
        let b = tape.value(2.0)
        var c = a + b
        var d = a * b + b.pow(3)
        c = c + (c + 1)
        c = c + (1 + c + (-a))
        d = d + (d * 2 + (b + a).relu())
        d = d + (3 * d + (b - a).relu())
        let e = c - d
        let f = e.pow(2)
        var g = f / 2.0
        g = g + (10.0 / f)
        g.backward()
        #expect(abs(g.data - 24.70408163265306) < 1e-12)
        #expect(abs(a.grad - 138.83381924198252) < 1e-10)
        #expect(abs(b.grad - 645.5772594752186) < 1e-10)
    }

    /// The lecture's neuron, with the bias chosen so that n = 0.8814 and o = tanh(n) = 1/√2.
    @Test func lectureNeuron() {
        let tape = Tape()
        let (x1, x2, w1, w2, b, o) = Self.neuron(on: tape) { $0.tanh() }
        o.backward()
        #expect(abs(o.data - 0.7071067811865476) < 1e-12)
        #expect(abs(x1.grad - -1.5) < 1e-12)
        #expect(abs(w1.grad - 1.0) < 1e-12)
        #expect(abs(x2.grad - 0.5) < 1e-12)
        #expect(w2.grad == 0)
        #expect(abs(b.grad - 0.5) < 1e-12)
    }

    /// The same neuron with tanh written through exp and division gives the same numbers.
    @Test func neuronThroughExp() {
        let viaTanh = Tape(), viaExp = Tape()
        let t = Self.neuron(on: viaTanh) { $0.tanh() }
        let e = Self.neuron(on: viaExp) { n in
            let e = (2 * n).exp()
            return (e - 1) / (e + 1)
        }
        t.o.backward()
        e.o.backward()
        #expect(abs(t.o.data - e.o.data) < 1e-15)
        for (left, right) in [(t.x1, e.x1), (t.x2, e.x2), (t.w1, e.w1), (t.w2, e.w2), (t.b, e.b)] {
            #expect(abs(left.grad - right.grad) < 1e-12)
        }
    }

    /// The lecture's bug: a value used twice must get both contributions.
    @Test func valueUsedTwiceAccumulates() {
        let tape = Tape()
        let a = tape.value(3, label: "a")
        let b = a + a
        b.backward()
        #expect(b.data == 6)
        #expect(a.grad == 2)
    }

    /// backward() touches only the root's subgraph: stale gradients elsewhere must not flow.
    @Test func backwardTouchesOnlyTheSubgraph() {
        let tape = Tape()
        let a = tape.value(2), b = tape.value(5)
        let unrelated = b * 3
        unrelated.grad = 7
        let root = a * a
        root.backward()
        #expect(a.grad == 4)
        #expect(b.grad == 0)
        #expect(unrelated.grad == 7)
    }

    /// The lecture's manual backpropagation: one local step at a time, in reverse topological order.
    @Test func backwardStepByStep() {
        let tape = Tape()
        let (x1, _, w1, _, b, o) = Self.neuron(on: tape) { $0.tanh() }
        o.grad = 1
        var node: Value? = o
        var order: [Value] = []
        while let current = node {  // walk o, n, x1w1+x2w2, … down the left spine
            order.append(current)
            node = current.children.first
        }
        o.backwardStep()
        let n = o.children[0]
        n.backwardStep()
        let sum = n.children[0]
        sum.backwardStep()
        for product in sum.children { product.backwardStep() }
        #expect(abs(b.grad - 0.5) < 1e-12)
        #expect(abs(x1.grad - -1.5) < 1e-12)
        #expect(abs(w1.grad - 1.0) < 1e-12)
        #expect(order.count == 5)
    }

    @Test func gradientsAccumulateAcrossCalls() {
        let tape = Tape()
        let a = tape.value(3)
        let y = a * a
        y.backward()
        y.backward()
        #expect(a.grad == 12)
    }

    @Test func operationSymbolsAndChildren() {
        let tape = Tape()
        let a = tape.value(2, label: "a")
        #expect((a + 1).op == "+")
        #expect((a * 1).op == "*")
        #expect(a.pow(2).op == "**2")
        #expect(a.pow(-1).op == "**-1")
        #expect(a.pow(0.5).op == "**0.5")
        #expect(a.pow(2.0).op == "**2.0")
        #expect(a.tanh().op == "tanh")
        #expect(a.relu().op == "ReLU")
        #expect(a.exp().op == "exp")
        #expect(a.op == "")
        let c = a * 3
        #expect(c.children.map(\.data) == [2, 3])
        #expect(c.children[0] === a)
        #expect(c.children[0].label == "a")
        #expect(a.description == "Value(data=2.0)")
    }

    static func neuron(
        on tape: Tape, activation: (Value) -> Value
    ) -> (x1: Value, x2: Value, w1: Value, w2: Value, b: Value, o: Value) {
        let x1 = tape.value(2.0, label: "x1"), x2 = tape.value(0.0, label: "x2")
        let w1 = tape.value(-3.0, label: "w1"), w2 = tape.value(1.0, label: "w2")
        let b = tape.value(6.8813735870195432, label: "b")
        let n = x1 * w1 + x2 * w2 + b
        return (x1, x2, w1, w2, b, activation(n))
    }
}
