import Testing
@testable import Micrograd

/// Reclaiming without marking: a loop that holds last step's graph while it builds the next drops or rebuilds in
/// the stretch of the step before last, once nothing reaches it, and never drops a stretch that a handle or a newer
/// node still reaches.
@Suite struct QuickReclaimTests {
    typealias Reference = ReclaimStressTests.Reference
    typealias Generator = ReclaimStressTests.Generator

    /// Steps of the same size, as a training loop's are: a run of input leaves, then 11,000 random operations on the
    /// parameters, the inputs and the step's own values, each step's graph held (by its result) until the next one
    /// is built; now and then a step keeps a value for later, or reaches into an older step's graph, so that both
    /// ways of reclaiming run. Checked against the reference as the stress tests check.
    @Test(arguments: [1, 2, 3, 4])
    func randomTrainingLoopsAgreeWithTheReference(seed: Int) {
        var random = Generator(state: UInt64(seed) &* 0xD1B5_4A32_D192_ED03)
        let tape = Tape()
        var sequence = 0
        func made(_ value: Value, _ op: String, _ children: [Reference], label: String = "") -> (Value, Reference) {
            if !label.isEmpty { value.label = label }
            defer { sequence += 1 }
            return (value, Reference(sequence: sequence, op: op, children: children, data: value.data, label: label))
        }
        func number(_ x: Double) -> Reference {
            defer { sequence += 1 }
            return Reference(sequence: sequence, op: "", children: [], data: x, label: "")
        }
        let parameters = (0..<20).map { _ in made(tape.value(Double(random.next(2001) - 1000) / 1000), "", []) }
        var kept: [(Value, Reference)] = []
        var last: (Value, Reference)?
        var peak = 0
        for _ in 0..<24 {
            let inputs = (0..<8).map { _ in made(tape.value(Double(random.next(2001) - 1000) / 1000), "", []) }
            var values = inputs + parameters
            for _ in 0..<11_000 {
                var a = values[values.count - 1 - random.next(min(values.count, 64))]
                let b = values[random.next(values.count)]
                // Now and then reach into an older step: its stretch must then stay.
                if random.next(60_000) == 0, let old = kept.last ?? last { a = old }
                let label = random.next(5_000) == 0 ? "n\(sequence)" : ""
                let next: (Value, Reference)
                switch random.next(3) {
                case 0: next = made(a.0 + b.0, "+", [a.1, b.1], label: label)
                case 1: next = made(a.0 * b.0, "*", [a.1, b.1], label: label)
                default: next = made(a.0.relu(), "ReLU", [a.1], label: label)
                }
                // Three nodes per operation, whatever it is, so every step is the same size: `v * 0.5` adds two.
                let half = number(0.5)
                values.append(made(next.0 * 0.5, "*", [next.1, half]))
            }
        let result = values[values.count - 1]
            switch random.next(8) {
            case 0: kept.append(values[inputs.count + parameters.count + random.next(100)])
            case 1: if !kept.isEmpty { kept.removeFirst() }
            default: break
            }
            values = []
            last = result
            peak = max(peak, tape.count)
            var pool = parameters + kept
            pool.append(result)
            for (value, reference) in pool {
                #expect(value.data == reference.data && value.label == reference.label)
                #expect(value.children.map(\.data) == reference.children.map(\.data))
            }
            ReclaimStressTests().check(pool.map { (value: $0.0, reference: $0.1) }, root: (result.0, result.1), tape: tape)
        }
        #expect(tape.quickReclaims >= 5)
        #expect(peak < 4 * 33_008)
        let nodes = tape.nodes
        for i in 0..<nodes.count where nodes.lhs[i] >= Int32(i) || nodes.rhs[i] >= Int32(i) {
            Issue.record("node \(i) is not after its operands")
            break
        }
    }

    /// One step of the demo's shape: a run of leaves, then a chain of `n` operations on them, returning the end.
    /// Each step starts from its own number, so that a stretch wrongly built over holds other values.
    private func step(_ tape: Tape, _ n: Int, start: Double, from older: Value? = nil, label: String = "") -> Value {
        var total = tape.value(start) + tape.value(2)
        if let older { total = total + older }
        for k in 0..<n {
            total = total * 0.5 + 1
            if k == n / 2, !label.isEmpty { total.label = label }
        }
        return total
    }

    @Test func aHeldLoopAlternatesBetweenTwoStretches() {
        let tape = Tape()
        var previous: Value?
        var peak = 0
        for k in 0..<12 {
            previous = step(tape, 20_000, start: Double(k), label: "middle")
            peak = max(peak, tape.count)
        }
        // 80,003 nodes a step: two leaves and their sum, then a leaf, a product, a leaf and a sum per operation.
        #expect(tape.quickReclaims >= 8)
        #expect(peak <= 2 * 80_003)
        #expect(tape.generation == 0)
        #expect(tape.labels.count <= 3)
        #expect(previous?.data == step(Tape(), 20_000, start: 11).data)
    }

    /// A loop in its two-stretch rhythm, then the step before last is reached only through a node of last step.
    @Test func aStretchANewerNodeReachesIsKept() {
        let tape = Tape()
        var previous = step(tape, 20_000, start: 0)
        for k in 1...3 { previous = step(tape, 20_000, start: Double(k)) }
        let quickBefore = tape.quickReclaims
        var older: Value? = step(tape, 20_000, start: 4)
        var middle = older?.children[0]
        previous = step(tape, 20_000, start: 5, from: middle)
        middle = nil
        older = nil
        let reaching = previous
        let drawing = reaching.snapshot().nodes.map(\.data)
        for k in 6...9 {
            previous = step(tape, 20_000, start: Double(k))
            #expect(reaching.snapshot().nodes.map(\.data) == drawing)
        }
        #expect(quickBefore > 0 && older == nil && middle == nil)
    }

    /// A loop in its two-stretch rhythm, then a handle into the step before last outlives that step's result.
    @Test func aStretchAHandleReachesIsKept() {
        let tape = Tape()
        var previous = step(tape, 20_000, start: 0)
        for k in 1...3 { previous = step(tape, 20_000, start: Double(k)) }
        let quickBefore = tape.quickReclaims
        previous = step(tape, 20_000, start: 4)
        let inside = previous.children[0].children[0]
        let drawing = inside.snapshot().nodes.map(\.data)
        for k in 5...8 {
            previous = step(tape, 20_000, start: Double(k))
            #expect(inside.snapshot().nodes.map(\.data) == drawing)
        }
        #expect(quickBefore > 0)
    }
}
