import Testing
@testable import Micrograd

/// Unreachable nodes are reclaimed, so memory stays flat over long loops, and live values survive intact.
@Suite struct CompactionTests {
    @Test func trainingLoopStaysFlat() {
        let tape = Tape()
        let w = tape.value(0.5, label: "w")
        var peak = 0
        for _ in 0..<100 {
            var loss = w * 0
            for i in 0..<2000 { loss = loss + (w * Double(i % 7) - 1).pow(2) }
            w.grad = 0
            loss.backward()
            w.data -= 1e-7 * w.grad
            peak = max(peak, tape.count)
        }
        #expect(peak < 8 * Tape.minimumCollectionThreshold + 20_000)
        #expect(w.label == "w")
    }

    @Test func liveGraphSurvivesCompaction() {
        let tape = Tape()
        let a = tape.value(2, label: "a")
        let b = tape.value(-3, label: "b")
        let product = a * b
        product.label = "ab"
        for _ in 0..<100_000 { _ = a + 1 }
        tape.collect()
        #expect(tape.count == 3)
        #expect(product.data == -6)
        #expect(product.label == "ab")
        #expect(product.children.map(\.label) == ["a", "b"])
        product.backward()
        #expect(a.grad == -3)
        #expect(b.grad == 2)
    }

    @Test func modelIndicesFollowCompaction() {
        var random = CountingSource()
        let tape = Tape()
        let model = MLP(2, [3, 1], tape: tape, random: &random)
        let before = model([0.5, -1.0])[0].data
        for _ in 0..<100_000 { _ = tape.value(1) }
        tape.collect()
        let after = model([0.5, -1.0])[0].data
        #expect(before == after)
    }
}

/// A deterministic stand-in for a random generator: 0.1, 0.2, … wrapping inside [a, b].
struct CountingSource: UniformSource {
    var step = 0
    mutating func uniform(_ a: Double, _ b: Double) -> Double {
        step += 1
        return a + (b - a) * Double(step % 10) / 10
    }
}

/// Handles are canonical: one per node, surviving compaction, as Python objects are unique.
@Suite struct HandleIdentityTests {
    @Test func operandsAreTheSameHandles() {
        let tape = Tape()
        let a = tape.value(1)
        let b = a + a
        #expect(b.children[0] === a)
        #expect(b.children[1] === a)
        let c = b * 2
        #expect(c.children[0] === b)
    }

    @Test func identitySurvivesCompaction() {
        let tape = Tape()
        let a = tape.value(1)
        let b = a * 3
        for _ in 0..<100_000 { _ = tape.value(0) }
        tape.collect()
        #expect(b.children[0] === a)
        #expect(tape.count == 3)
    }
}
