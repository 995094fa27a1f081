import Testing
import Micrograd

/// The README's library example, verbatim, so the numbers it shows stay true.
@Suite struct ReadmeExampleTests {
    @Test func exampleRunsAsShown() {
        let tape = Tape()
        let x1 = tape.value(2.0, label: "x1"), w1 = tape.value(-3.0, label: "w1")
        let x2 = tape.value(0.0, label: "x2"), w2 = tape.value(1.0, label: "w2")
        let b = tape.value(6.8813735870195432, label: "b")
        let o = (x1 * w1 + x2 * w2 + b).tanh()
        o.backward()
        #expect("\(o) \(x1.grad) \(w1.grad)" == "Value(data=0.7071067811865476) -1.4999999999999996 0.9999999999999998")
        var random = PythonRandom(seed: 1337)
        let model = MLP(2, [16, 16, 1], activation: .relu, tape: tape, random: &random)
        #expect(model.parameters().count == 337)
    }
}
