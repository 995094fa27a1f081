import Testing
@testable import Micrograd

/// The engine against the PyPI micrograd package running its demo.ipynb on the moons
/// (Fixtures/micrograd_package.json): `random.seed(1337)`, `MLP(2, [16, 16, 1])`, SVM max-margin loss plus L2,
/// learning rate `1.0 - 0.9*k/100`.
@Suite struct PythonPackageParityTests {
    struct Moons: Decodable { let n: Int; let noise: Double; let seed: Int }
    struct Step: Decodable {
        let k: Int
        let totalLoss: Double
        let dataLoss: Double
        let regLoss: Double
        let accuracy: Double
        let gradients: [Double]?

        enum CodingKeys: String, CodingKey {
            case k, accuracy, gradients
            case totalLoss = "total_loss"
            case dataLoss = "data_loss"
            case regLoss = "reg_loss"
        }
    }
    struct Fixture: Decodable {
        let seed: Int
        let nin: Int
        let nouts: [Int]
        let moons: Moons
        let alpha: Double
        let parameterCount: Int
        let initialParameters: [Double]
        let steps: [Step]
        let finalParameters: [Double]

        enum CodingKeys: String, CodingKey {
            case seed, nin, nouts, moons, alpha, steps
            case parameterCount = "parameter_count"
            case initialParameters = "initial_parameters"
            case finalParameters = "final_parameters"
        }
    }

    @Test func initialWeightsAfterSeed1337() throws {
        let expected = try FixtureFile.load("micrograd_package", as: Fixture.self)
        var random = PythonRandom(seed: expected.seed)
        let model = MLP(expected.nin, expected.nouts, activation: .relu, tape: Tape(), random: &random)
        #expect(expected.parameterCount == 337)
        #expect(bitPatterns(model.parameters().map(\.data)) == bitPatterns(expected.initialParameters))
        #expect(model.description.hasPrefix("MLP of [Layer of [ReLUNeuron(2), "))
    }

    @Test func moonsDemoTraining() throws {
        let expected = try FixtureFile.load("micrograd_package", as: Fixture.self)
        var random = PythonRandom(seed: expected.seed)
        let tape = Tape()
        let model = MLP(expected.nin, expected.nouts, activation: .relu, tape: tape, random: &random)
        let parameters = model.parameters()
        let moons = Datasets.makeMoons(n: expected.moons.n, noise: expected.moons.noise, seed: expected.moons.seed)
        let labels = moons.labels.map { 2 * Double($0) - 1 }

        #expect(expected.steps.count == 20)
        for step in expected.steps {
            let inputs = moons.points.map { row in row.map { tape.value($0) } }
            let scores = inputs.map { model($0)[0] }
            let dataLoss = try #require(svmMaxMarginLoss(scores: scores, labels: labels))
            let regLoss = try #require(l2Regularization(parameters, alpha: expected.alpha))
            let totalLoss = dataLoss + regLoss
            model.zeroGrad()
            totalLoss.backward()
            #expect(isClose(totalLoss.data, step.totalLoss), "total loss of step \(step.k)")
            #expect(isClose(dataLoss.data, step.dataLoss), "data loss of step \(step.k)")
            #expect(isClose(regLoss.data, step.regLoss), "reg loss of step \(step.k)")
            #expect(accuracy(scores: scores, labels: labels) == step.accuracy, "accuracy of step \(step.k)")
            if let gradients = step.gradients {
                let swift = parameters.map(\.grad)
                #expect(swift.count == gradients.count)
                let mismatches = zip(swift, gradients).enumerated().filter { !isClose($0.element.0, $0.element.1) }
                #expect(mismatches.isEmpty, "gradients of step \(step.k) differ at \(mismatches.prefix(5).map(\.offset))")
            }
            sgdStep(parameters, learningRate: 1.0 - 0.9 * Double(step.k) / 100)
        }
        let finalParameters = parameters.map(\.data)
        #expect(finalParameters.count == expected.finalParameters.count)
        let mismatches = zip(finalParameters, expected.finalParameters).enumerated().filter {
            !isClose($0.element.0, $0.element.1, relative: 1e-10)
        }
        #expect(mismatches.isEmpty, "final parameters differ at \(mismatches.prefix(5).map(\.offset))")
    }
}
