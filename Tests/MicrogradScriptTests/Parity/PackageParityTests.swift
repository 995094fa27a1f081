import Foundation
import MicrogradScript
import Testing

/// micrograd's demo written as Gradbook cells, the way `demo.ipynb` writes it, against CPython running the PyPI
/// package (`Tests/MicrogradTests/Fixtures/micrograd_package.json`, made by `make_fixtures.py` there): the initial
/// weights after `random.seed(1337)` bit for bit, then three training steps (losses, accuracy, every gradient) to
/// 1e-12 relative.
@Suite("Package parity with CPython: the moons demo as cells")
struct PackageParityTests {
    static let setup = """
        import random
        from micrograd.engine import Value
        from micrograd.nn import Neuron, Layer, MLP

        random.seed(1337)
        X, y = make_moons(n_samples=100, noise=0.1, seed=1337)
        y = [yi*2 - 1 for yi in y] # make y be -1 or 1
        model = MLP(2, [16, 16, 1], activation="relu") # 2-layer neural network
        print([p.data for p in model.parameters()])

        def loss(batch_size=None):
            if batch_size is None:
                Xb, yb = X, y
            else:
                Xb, yb = X[:batch_size], y[:batch_size]
            inputs = [list(map(Value, xrow)) for xrow in Xb]
            scores = list(map(model, inputs))
            losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(yb, scores)]
            data_loss = sum(losses) * (1.0 / len(losses))
            alpha = 1e-4
            reg_loss = alpha * sum((p*p for p in model.parameters()))
            total_loss = data_loss + reg_loss
            accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(yb, scores)]
            return total_loss, data_loss, reg_loss, sum(accuracy) / len(accuracy)
        """

    static let training = """
        for k in range(3):
            total_loss, data_loss, reg_loss, acc = loss()
            model.zero_grad()
            total_loss.backward()
            print([total_loss.data, data_loss.data, reg_loss.data, acc])
            print([p.grad for p in model.parameters()])
            learning_rate = 1.0 - 0.9*k/100
            for p in model.parameters():
                p.data -= learning_rate * p.grad
        """

    struct Fixture: Decodable {
        struct Step: Decodable {
            let totalLoss, dataLoss, regLoss, accuracy: Double
            let gradients: [Double]?

            enum CodingKeys: String, CodingKey {
                case accuracy, gradients
                case totalLoss = "total_loss", dataLoss = "data_loss", regLoss = "reg_loss"
            }
        }
        let initialParameters: [Double]
        let steps: [Step]

        enum CodingKeys: String, CodingKey {
            case steps
            case initialParameters = "initial_parameters"
        }
    }

    @Test func demoCellsReproduceThePackage() throws {
        let fixture = try Self.fixture()
        let session = Session()
        let initial = Self.numbers(session.run(Self.setup).plainText)
        #expect(initial.count == 337 && initial.map(\.bitPattern) == fixture.initialParameters.map(\.bitPattern))

        let lines = session.run(Self.training).plainText.split(separator: "\n").map(String.init)
        #expect(lines.count == 6 && fixture.steps.count >= 3, "\(lines.prefix(2))")
        guard lines.count == 6, fixture.steps.count >= 3 else { return }
        for k in 0..<3 {
            let step = fixture.steps[k]
            let summary = Self.numbers(lines[2 * k])
            let expected = [step.totalLoss, step.dataLoss, step.regLoss, step.accuracy]
            #expect(summary.count == 4)
            for (name, (a, e)) in zip(["total", "data", "reg", "accuracy"], zip(summary, expected)) {
                #expect(Self.close(a, e), "step \(k) \(name) loss: \(a) vs \(e)")
            }
            let gradients = Self.numbers(lines[2 * k + 1])
            let expectedGradients = step.gradients ?? []
            #expect(gradients.count == 337 && expectedGradients.count == 337)
            #expect(zip(gradients, expectedGradients).allSatisfy { Self.close($0, $1) }, "gradients of step \(k)")
        }
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    }

    private static func numbers(_ line: String) -> [Double] {
        line.trimmingCharacters(in: CharacterSet(charactersIn: "[]\n")).components(separatedBy: ", ").compactMap {
            Double($0)
        }
    }

    /// Decoded with `JSONDecoder`, which reads every number back to the same bits.
    static func fixture() throws -> Fixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("MicrogradTests/Fixtures/micrograd_package.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }
}
