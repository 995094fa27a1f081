import Testing
@testable import Micrograd

/// Reclaiming (dropping dead nodes on top, reusing dead stretches, compacting) against a reference model: random
/// programs of leaf runs, operations, dropped handles, garbage bursts and explicit collections, checked after
/// every phase for data, labels, operands, gradients from `backward()`, drawing order and topological order.
@Suite struct ReclaimStressTests {
    /// A value as the reference sees it: its expression, made in creation order.
    final class Reference {
        let sequence: Int
        let op: String
        let children: [Reference]
        let data: Double
        let label: String
        var grad = 0.0

        init(sequence: Int, op: String, children: [Reference], data: Double, label: String) {
            self.sequence = sequence
            self.op = op
            self.children = children
            self.data = data
            self.label = label
        }
    }

    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func randomProgramsAgreeWithTheReference(seed: Int) {
        var random = Generator(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15)
        let tape = Tape()
        var pool: [(value: Value, reference: Reference)] = []
        var sequence = 0
        func made(_ value: Value, _ op: String, _ children: [Reference], label: String = "") {
            if !label.isEmpty { value.label = label }
            pool.append((value, Reference(sequence: sequence, op: op, children: children, data: value.data, label: label)))
            sequence += 1
        }
        var reusedStretches = 0, compactions = 0
        for _ in 0..<120 {
            if !tape.reuseLog.stretches.isEmpty { reusedStretches += 1 }
            switch random.next(10) {
            case 0, 1:
                for k in 0..<(1 + random.next(40)) {
                    let data = Double(random.next(2001) - 1000) / 500
                    let label = random.next(4) == 0 ? "leaf\(sequence)" : ""
                    made(tape.value(data, label: label), "", [], label: label)
                    _ = k
                }
            case 2, 3, 4:
                guard !pool.isEmpty else { continue }
                for _ in 0..<(1 + random.next(300)) {
                    let a = pool[random.next(pool.count)], b = pool[random.next(pool.count)]
                    let label = random.next(6) == 0 ? "n\(sequence)" : ""
                    switch random.next(3) {
                    case 0: made(a.value + b.value, "+", [a.reference, b.reference], label: label)
                    case 1: made(a.value * b.value, "*", [a.reference, b.reference], label: label)
                    default: made(a.value.relu(), "ReLU", [a.reference], label: label)
                    }
                    // Keep magnitudes bounded: rescale with a number, as `v * 0.5` (a leaf and a product).
                    if let last = pool.last, abs(last.value.data) > 4 {
                        sequence += 1  // the number's leaf
                        let half = Reference(sequence: sequence - 1, op: "", children: [], data: 0.5, label: "")
                        made(last.value * 0.5, "*", [last.reference, half])
                    }
                }
            case 5, 6:
                for _ in 0..<random.next(pool.count / 2 + 1) where !pool.isEmpty { pool.remove(at: random.next(pool.count)) }
            case 7:
                // A burst of garbage, so that the next run of leaves finds a long dead stretch.
                var junk = tape.value(0)
                for _ in 0..<(5_000 + random.next(40_000)) { junk = junk + 1 }
            case 8:
                if random.next(3) == 0 {
                    tape.collect()
                    compactions += 1
                }
            default:
                guard !pool.isEmpty else { continue }
                check(pool, root: pool[random.next(pool.count)], tape: tape)
            }
            for (value, reference) in pool.prefix(50) {
                #expect(value.data == reference.data && value.label == reference.label)
                #expect(value.children.map(\.data) == reference.children.map(\.data))
            }
        }
        // The programs exercise both ways of reclaiming.
        #expect(reusedStretches > 0 && compactions > 0)
        let nodes = tape.nodes
        for i in 0..<nodes.count where nodes.lhs[i] >= Int32(i) || nodes.rhs[i] >= Int32(i) {
            Issue.record("node \(i) is not after its operands")
            break
        }
    }

    /// `backward()` from `root` against the reference's gradients, and the drawing's order against creation order.
    func check(_ pool: [(value: Value, reference: Reference)], root: (value: Value, reference: Reference), tape: Tape) {
        for i in 0..<tape.count { tape.nodes.grad[i] = 0 }
        root.value.backward()
        // The reference: gradients in reverse creation order over the root's subgraph.
        var members: [Int: Reference] = [:]
        var pending = [root.reference]
        while let next = pending.popLast() {
            guard members[next.sequence] == nil else { continue }
            members[next.sequence] = next
            pending += next.children
        }
        let ordered = members.values.sorted { $0.sequence < $1.sequence }
        for reference in ordered { reference.grad = 0 }
        root.reference.grad = 1
        for reference in ordered.reversed() {
            switch reference.op {
            case "+": for child in reference.children { child.grad += reference.grad }
            case "*":
                reference.children[0].grad += reference.children[1].data * reference.grad
                reference.children[1].grad += reference.children[0].data * reference.grad
            case "ReLU": reference.children[0].grad += reference.data > 0 ? reference.grad : 0
            default: break
            }
        }
        for (value, reference) in pool where members[reference.sequence] != nil {
            let scale = max(abs(value.grad), abs(reference.grad), 1)
            #expect(abs(value.grad - reference.grad) <= 1e-9 * scale)
        }
        let drawn = root.value.snapshot().nodes.map(\.data)
        #expect(drawn == ordered.map(\.data))
    }
}
