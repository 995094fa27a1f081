import Testing
@testable import Micrograd

/// No recursion anywhere: deep graphs backpropagate and are released without a stack overflow.
@Suite struct DeepGraphTests {
    @Test func millionValueChainBackpropagates() {
        let tape = Tape()
        let x = tape.value(1.0)
        var y = x
        for _ in 0..<1_000_000 { y = y * 1.0 }
        y.backward()
        #expect(x.grad == 1)
        #expect(y.data == 1)
    }

    @Test func releasingADeepGraphIsFlat() {
        var tape: Tape? = Tape()
        if let t = tape {
            var y = t.value(0.5)
            for _ in 0..<1_000_000 { y = (y + 0.0).tanh() }
            #expect(y.data > 0)
        }
        tape = nil
        #expect(tape == nil)
    }
}
