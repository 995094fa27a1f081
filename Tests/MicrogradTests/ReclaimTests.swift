import Testing
@testable import Micrograd

/// Reclaiming without moving: a training loop that keeps last step's loss alive (as micrograd's demo does) builds
/// its steps in the stretches earlier steps left dead, so the tape stays at three steps and nothing is renumbered,
/// while drawings still list values in creation order.
@Suite struct ReclaimTests {
    /// The demo's loop on the engine: `MLP(2, [16, 16, 1])`, the SVM loss, 12 steps, optionally holding the previous
    /// step's loss while the next is built. Returns the losses, the tape's peak size, the number of compactions and
    /// of reclaims that needed no marking.
    private func train(holdingPreviousLoss: Bool) -> (losses: [Double], peak: Int, compactions: Int, quick: Int) {
        var random = PythonRandom(seed: 1337)
        let moons = Datasets.makeMoons(n: 100, noise: 0.1, seed: 1337)
        let labels = moons.labels.map { Double($0 * 2 - 1) }
        let tape = Tape()
        let model = MLP(2, [16, 16, 1], activation: .relu, tape: tape, random: &random)
        let parameters = model.parameters()
        var previous: Value?
        var losses: [Double] = []
        var peak = 0
        for k in 0..<12 {
            let inputs = moons.points.map { row in row.map { tape.value($0) } }
            let scores = inputs.map { model($0)[0] }
            guard let dataLoss = svmMaxMarginLoss(scores: scores, labels: labels),
                let regLoss = l2Regularization(parameters, alpha: 1e-4)
            else { break }
            let loss = dataLoss + regLoss
            model.zeroGrad()
            loss.backward()
            sgdStep(parameters, learningRate: 1.0 - 0.9 * Double(k) / 100)
            losses.append(loss.data)
            peak = max(peak, tape.count)
            if holdingPreviousLoss { previous = loss }
        }
        #expect(previous == nil || previous?.data == losses.last)
        return (losses, peak, tape.generation, tape.quickReclaims)
    }

    @Test func heldLossDoesNotGrowTheTapeOrMoveNodes() {
        let free = train(holdingPreviousLoss: false)
        let held = train(holdingPreviousLoss: true)
        #expect(held.losses == free.losses)
        let step = 65_481
        #expect(free.peak < step + 1000)
        #expect(held.peak < 3 * step + 1000)
        #expect(held.compactions == 0)
        // From the fourth step on, the step before last is found dead without marking.
        #expect(held.quick >= 8)
    }

    /// Garbage, then `a`, then more garbage: the next leaf reuses the stretch below `a`, so `b` gets a smaller
    /// index than `a` although it was made after it. The drawing still lists a, b, c, before and after compacting.
    @Test func drawingsKeepCreationOrderAcrossReusedStretches() {
        let tape = Tape()
        func garbage(_ n: Int) {
            var junk = tape.value(0)
            for _ in 0..<n { junk = junk + 1 }
        }
        garbage(10_000)
        let a = tape.value(2, label: "a")
        garbage(10_000)
        let b = tape.value(3, label: "b")
        #expect(b.index < a.index)
        let c = a * b
        c.label = "c"
        #expect(c.snapshot().nodes.map(\.label) == ["a", "b", "c"])
        #expect(c.snapshot().dot() == tapeFreeDrawing().snapshot().dot())
        tape.collect()
        #expect(tape.count == 3)
        #expect(c.snapshot().nodes.map(\.label) == ["a", "b", "c"])
        c.backward()
        #expect(a.grad == 3 && b.grad == 2)
    }

    /// The same three values on a fresh tape, where index order is creation order.
    private func tapeFreeDrawing() -> Value {
        let tape = Tape()
        let a = tape.value(2, label: "a"), b = tape.value(3, label: "b")
        let c = a * b
        c.label = "c"
        return c
    }

    /// A node whose operands are not all older than the reused stretch goes on top and closes the stretch.
    @Test func nodesNeverPrecedeTheirOperands() {
        let tape = Tape()
        func garbage(_ n: Int) {
            var junk = tape.value(0)
            for _ in 0..<n { junk = junk + 1 }
        }
        garbage(10_000)
        let a = tape.value(1)
        garbage(10_000)
        let b = tape.value(2)
        #expect(b.index < a.index)
        var x = a + b
        for _ in 0..<100 { x = x * b + a }
        let nodes = tape.nodes
        for i in 0..<nodes.count {
            #expect(nodes.lhs[i] < Int32(i) && nodes.rhs[i] < Int32(i))
            if nodes.lhs[i] >= Int32(i) || nodes.rhs[i] >= Int32(i) { break }
        }
        x.backward()
        #expect(b.grad > 0)
    }
}

/// Compaction moves live nodes down in runs; it must keep every live value, its operands and its label, in order.
@Suite struct CompactionByRunsTests {
    /// Random graphs, random survivors: after `collect()` every survivor's value, operands' values and gradient
    /// from a fresh `backward()` are as before.
    @Test func randomGraphsSurviveCompaction() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20 {
            let tape = Tape()
            var pool: [Value] = (0..<8).map { tape.value(Double($0) + 0.5, label: "leaf\($0)") }
            for _ in 0..<3000 {
                let a = pool[next(pool.count)], b = pool[next(pool.count)]
                let made: Value
                switch next(4) {
                case 0: made = a + b
                case 1: made = a * b
                case 2: made = (a * 0.01).tanh()
                default: made = a.relu() + 1
                }
                if next(3) == 0 { made.label = "n\(pool.count)" }
                pool.append(made)
                if pool.count > 40, next(2) == 0 { pool.remove(at: next(pool.count)) }
            }
            let root = pool.reduce(tape.value(0)) { $0 + $1 * 0.001 }
            let before = pool.map { ($0.data, $0.children.map(\.data), $0.label) }
            root.backward()
            let gradsBefore = pool.map(\.grad)
            tape.collect()
            for i in 0..<tape.count { tape.nodes.grad[i] = 0 }
            let after = pool.map { ($0.data, $0.children.map(\.data), $0.label) }
            #expect(after.map(\.0) == before.map(\.0))
            #expect(after.map(\.1) == before.map(\.1))
            #expect(after.map(\.2) == before.map(\.2))
            root.backward()
            #expect(pool.map(\.grad) == gradsBefore)
        }
    }
}
