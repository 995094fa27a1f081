import Foundation
import Micrograd
import MicrogradScript
import Testing

/// The lecture's cells, run as Gradbook cells, against numbers CPython computed with the lecture's own classes
/// (`Fixtures/lecture.json`, made by the fixtures helper's script): equal to 1e-12.
@Suite("Lecture parity with CPython")
struct LectureParityTests {
    static let neuronCell = """
        # inputs x1, x2
        x1 = Value(2.0, label='x1')
        x2 = Value(0.0, label='x2')
        # weights w1, w2
        w1 = Value(-3.0, label='w1')
        w2 = Value(1.0, label='w2')
        # bias of the neuron
        b = Value(6.8813735870195432, label='b')
        # x1*w1 + x2*w2 + b
        x1w1 = x1*w1; x1w1.label = 'x1*w1'
        x2w2 = x2*w2; x2w2.label = 'x2*w2'
        x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = 'x1*w1 + x2*w2'
        n = x1w1x2w2 + b; n.label = 'n'
        """

    static let report = """
        for v in named:
            print(v.label, '|', v.data, '|', v.grad)
        draw_dot(o)
        """

    @Test func neuron() throws {
        let cell = Self.neuronCell + "\no = n.tanh(); o.label = 'o'\no.backward()\nnamed = [x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o]"
        try compare(cells: [cell, Self.report], with: "neuron")
    }

    @Test func neuronWrittenWithExp() throws {
        let cell = Self.neuronCell + """

            # ---- tanh()
            e = (2*n).exp(); e.label = 'e'
            o = (e - 1) / (e + 1); o.label = 'o'
            o.backward()
            named = [x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, e, o]
            """
        try compare(cells: [cell, Self.report], with: "exp_neuron")
    }

    @Test func aPlusA() throws {
        let cell = "a = Value(3.0, label='a')\nb = a + a; b.label = 'b'\nb.backward()\nnamed = [a, b]\no = b"
        try compare(cells: [cell, Self.report], with: "a_plus_a")
    }

    @Test func sharedUse() throws {
        let cell = """
            a = Value(-2.0, label='a')
            b = Value(3.0, label='b')
            d = a * b; d.label = 'd'
            e = a + b; e.label = 'e'
            f = d * e; f.label = 'f'
            f.backward()
            named = [a, b, d, e, f]
            o = f
            """
        try compare(cells: [cell, Self.report], with: "shared_use")
    }

    @Test func twentyStepsOfTraining() throws {
        let fixture = try Self.fixture()["training"] as? [String: Any] ?? [:]
        let session = Session()
        let setup = """
            import random
            random.seed(42)
            xs = [
                [2.0, 3.0, -1.0],
                [3.0, -1.0, 0.5],
                [0.5, 1.0, 1.0],
                [1.0, 1.0, -1.0],
            ]
            ys = [1.0, -1.0, -1.0, 1.0] # desired targets
            n = MLP(3, [4, 4, 1])
            print([p.data for p in n.parameters()])
            print([n(x).data for x in xs])
            """
        let training = """
            losses = []
            for k in range(20):
                # forward pass
                ypred = [n(x) for x in xs]
                loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))

                # backward pass
                for p in n.parameters():
                    p.grad = 0.0
                loss.backward()
                if k == 0:
                    first_gradients = [p.grad for p in n.parameters()]

                # update
                for p in n.parameters():
                    p.data += -0.1 * p.grad
                losses.append(loss.data)
            print(first_gradients)
            print(losses)
            print([p.data for p in n.parameters()])
            print([n(x).data for x in xs])
            """
        let first = session.run(setup).plainText.split(separator: "\n").map(String.init)
        let second = session.run(training).plainText.split(separator: "\n").map(String.init)
        let lines = first + second
        #expect(lines.count == 6, "\(lines)")
        guard lines.count == 6 else { return }
        let keys = [
            "initial_parameters", "initial_predictions", "first_gradients", "losses", "final_parameters",
            "final_predictions",
        ]
        for (key, line) in zip(keys, lines) {
            let expected = fixture[key] as? [Double] ?? []
            let actual = Self.numbers(line)
            #expect(actual.count == expected.count, "\(key)")
            for (a, e) in zip(actual, expected) {
                #expect(abs(a - e) <= 1e-12, "\(key): \(a) vs \(e)")
            }
        }
    }

    // MARK: Support

    private func compare(cells: [String], with key: String) throws {
        let fixture = try Self.fixture()[key] as? [String: Any] ?? [:]
        let values = fixture["values"] as? [String: [String: Double]] ?? [:]
        let nodes = fixture["nodes"] as? [[String: Any]] ?? []
        let session = Session()
        var outputs: [Output] = []
        for cell in cells { outputs = session.run(cell) }
        guard case .text(let text)? = outputs.first, case .graph(let graph)? = outputs.last else {
            Issue.record("unexpected outputs \(outputs.plainText)")
            return
        }
        var seen = 0
        for line in text.split(separator: "\n") {
            let parts = line.components(separatedBy: " | ")
            guard parts.count == 3, let data = Double(parts[1]), let grad = Double(parts[2]) else {
                Issue.record("unreadable line \(line)")
                continue
            }
            let label = parts[0]
            guard let expected = values[label] else {
                Issue.record("no fixture value for \(label)")
                continue
            }
            #expect(abs(data - (expected["data"] ?? .nan)) <= 1e-12, "\(label).data")
            #expect(abs(grad - (expected["grad"] ?? .nan)) <= 1e-12, "\(label).grad")
            seen += 1
        }
        #expect(seen == values.count)
        #expect(graph.nodes.count == nodes.count)
        for (node, expected) in zip(graph.nodes, nodes) {
            #expect(node.label == expected["label"] as? String)
            #expect(node.op == expected["op"] as? String)
            #expect(abs(node.data - (expected["data"] as? Double ?? .nan)) <= 1e-12)
            #expect(abs(node.grad - (expected["grad"] as? Double ?? .nan)) <= 1e-12)
        }
    }

    private static func numbers(_ line: String) -> [Double] {
        line.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).components(separatedBy: ", ").compactMap {
            Double($0)
        }
    }

    static func fixture() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/lecture.json")
        let data = try Data(contentsOf: url)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
