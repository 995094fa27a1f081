import Testing
@testable import Micrograd

/// The engine against CPython: the lecture's own classes (Fixtures/lecture.json) and the PyPI micrograd package
/// (Fixtures/micrograd_package.json), both made by Fixtures/make_fixtures.py. Weights drawn from a seed must agree
/// bit for bit; everything computed from them to 1e-12 relative (the order gradients are summed in may differ).
@Suite struct PythonParityTests {
    struct DataAndGrad: Decodable { let data: Double; let grad: Double }
    struct Node: Decodable { let label: String; let op: String; let data: Double; let grad: Double }
    struct Expression: Decodable { let values: [String: DataAndGrad]; let nodes: [Node] }
    struct Training: Decodable {
        let seed: Int
        let nin: Int
        let nouts: [Int]
        let xs: [[Double]]
        let ys: [Double]
        let learningRate: Double
        let steps: Int
        let initialParameters: [Double]
        let initialPredictions: [Double]
        let firstGradients: [Double]
        let losses: [Double]
        let finalParameters: [Double]
        let finalPredictions: [Double]

        enum CodingKeys: String, CodingKey {
            case seed, nin, nouts, xs, ys, steps, losses
            case learningRate = "learning_rate"
            case initialParameters = "initial_parameters"
            case initialPredictions = "initial_predictions"
            case firstGradients = "first_gradients"
            case finalParameters = "final_parameters"
            case finalPredictions = "final_predictions"
        }
    }
    struct Lecture: Decodable {
        let neuron: Expression
        let expNeuron: Expression
        let aPlusA: Expression
        let sharedUse: Expression
        let training: Training

        enum CodingKeys: String, CodingKey {
            case neuron, training
            case expNeuron = "exp_neuron"
            case aPlusA = "a_plus_a"
            case sharedUse = "shared_use"
        }
    }

    // MARK: The lecture's expressions

    /// The lecture's neuron: x1=2, x2=0, w1=-3, w2=1, b=6.8813735870195432, n = x1*w1 + x2*w2 + b.
    static func neuronInputs(on tape: Tape) -> [Value] {
        let x1 = tape.value(2.0, label: "x1")
        let x2 = tape.value(0.0, label: "x2")
        let w1 = tape.value(-3.0, label: "w1")
        let w2 = tape.value(1.0, label: "w2")
        let b = tape.value(6.8813735870195432, label: "b")
        let x1w1 = x1 * w1
        x1w1.label = "x1*w1"
        let x2w2 = x2 * w2
        x2w2.label = "x2*w2"
        let x1w1x2w2 = x1w1 + x2w2
        x1w1x2w2.label = "x1*w1 + x2*w2"
        let n = x1w1x2w2 + b
        n.label = "n"
        return [x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n]
    }

    /// Compares labelled values and the whole graph (creation order, ops, labels, data, grads) with Python's.
    static func expectMatches(_ values: [Value], root: Value, _ expected: Expression) {
        #expect(values.count == expected.values.count)
        for value in values {
            guard let python = expected.values[value.label] else {
                Issue.record("no Python value labelled \(value.label)")
                continue
            }
            #expect(isClose(value.data, python.data), "data of \(value.label)")
            #expect(isClose(value.grad, python.grad), "grad of \(value.label)")
        }
        let nodes = root.snapshot().nodes
        #expect(nodes.map(\.op) == expected.nodes.map(\.op))
        #expect(nodes.map(\.label) == expected.nodes.map(\.label))
        for (swift, python) in zip(nodes, expected.nodes) {
            #expect(isClose(swift.data, python.data), "data of node \(python.label) \(python.op)")
            #expect(isClose(swift.grad, python.grad), "grad of node \(python.label) \(python.op)")
        }
    }

    @Test func neuron() throws {
        let expected = try FixtureFile.load("lecture", as: Lecture.self).neuron
        let tape = Tape()
        let values = Self.neuronInputs(on: tape)
        let o = values[values.count - 1].tanh()
        o.label = "o"
        o.backward()
        Self.expectMatches(values + [o], root: o, expected)
        #expect(o.data == 0.7071067811865476)
    }

    @Test func neuronWithTanhThroughExp() throws {
        let expected = try FixtureFile.load("lecture", as: Lecture.self).expNeuron
        let tape = Tape()
        let values = Self.neuronInputs(on: tape)
        let e = (2 * values[values.count - 1]).exp()
        e.label = "e"
        let o = (e - 1) / (e + 1)
        o.label = "o"
        o.backward()
        Self.expectMatches(values + [e, o], root: o, expected)
    }

    @Test func valueAddedToItself() throws {
        let expected = try FixtureFile.load("lecture", as: Lecture.self).aPlusA
        let tape = Tape()
        let a = tape.value(3.0, label: "a")
        let b = a + a
        b.label = "b"
        b.backward()
        Self.expectMatches([a, b], root: b, expected)
        #expect(a.grad == 2)
    }

    @Test func valueUsedInTwoBranches() throws {
        let expected = try FixtureFile.load("lecture", as: Lecture.self).sharedUse
        let tape = Tape()
        let a = tape.value(-2.0, label: "a")
        let b = tape.value(3.0, label: "b")
        let d = a * b
        d.label = "d"
        let e = a + b
        e.label = "e"
        let f = d * e
        f.label = "f"
        f.backward()
        Self.expectMatches([a, b, d, e, f], root: f, expected)
    }

    // MARK: The lecture's training loop

    /// `random.seed(42)`, `MLP(3, [4, 4, 1])`, 20 steps of squared-error descent on the four examples.
    @Test func lectureTraining() throws {
        let expected = try FixtureFile.load("lecture", as: Lecture.self).training
        var random = PythonRandom(seed: expected.seed)
        let tape = Tape()
        let model = MLP(expected.nin, expected.nouts, tape: tape, random: &random)
        let parameters = model.parameters()
        #expect(bitPatterns(parameters.map(\.data)) == bitPatterns(expected.initialParameters))
        #expect(expected.xs == Datasets.toy.xs && expected.ys == Datasets.toy.ys)
        let initialPredictions = expected.xs.map { model($0)[0].data }
        #expect(initialPredictions.count == expected.initialPredictions.count)
        #expect(zip(initialPredictions, expected.initialPredictions).allSatisfy { isClose($0, $1) })

        var losses: [Double] = []
        for k in 0..<expected.steps {
            let predictions = expected.xs.map { model($0)[0] }
            let loss = try #require(sumOfSquaredErrors(predictions: predictions, targets: expected.ys))
            zeroGrad(parameters)
            loss.backward()
            if k == 0 {
                let gradients = parameters.map(\.grad)
                #expect(gradients.count == expected.firstGradients.count)
                #expect(zip(gradients, expected.firstGradients).allSatisfy { isClose($0, $1) })
            }
            sgdStep(parameters, learningRate: expected.learningRate)
            losses.append(loss.data)
        }
        #expect(losses.count == expected.losses.count)
        for (k, (swift, python)) in zip(losses, expected.losses).enumerated() {
            #expect(isClose(swift, python), "loss of step \(k): \(swift) vs \(python)")
        }
        let finalParameters = parameters.map(\.data)
        #expect(finalParameters.count == expected.finalParameters.count)
        #expect(zip(finalParameters, expected.finalParameters).allSatisfy { isClose($0, $1) })
        let finalPredictions = expected.xs.map { model($0)[0].data }
        #expect(zip(finalPredictions, expected.finalPredictions).allSatisfy { isClose($0, $1) })
    }
}
