import Micrograd

/// micrograd's moons demo on the engine's Swift API: `MLP(2, [16, 16, 1])` with ReLU, 100 points, SVM max-margin loss
/// plus 1e-4 L2, 100 full-batch SGD steps at learning rate `1.0 − 0.9·k/100`, written step for step as the demo's
/// Python so that the graph (about 66,000 values a step) is the same.
struct EngineMoonsDemo {
    var steps = 100

    func run(progress: (Int) -> Void = { _ in }) -> DemoMeasurement {
        var random = PythonRandom(seed: 1337)
        let moons = Datasets.makeMoons(n: 100, noise: 0.1, seed: 1337)
        let labels = moons.labels.map { Double($0 * 2 - 1) }
        let tape = Tape()
        let model = MLP(2, [16, 16, 1], activation: .relu, tape: tape, random: &random)
        let parameters = model.parameters()
        let createdBefore = tape.valuesCreated
        var lastLoss = Double.nan
        var lastAccuracy = 0.0
        let clock = ContinuousClock()
        let start = clock.now
        for k in 0..<steps {
            let inputs = moons.points.map { row in row.map { tape.value($0) } }
            let scores = inputs.map { model($0)[0] }
            guard let dataLoss = svmMaxMarginLoss(scores: scores, labels: labels),
                let regLoss = l2Regularization(parameters, alpha: 1e-4)
            else { break }
            let totalLoss = dataLoss + regLoss
            lastAccuracy = accuracy(scores: scores, labels: labels)
            model.zeroGrad()
            totalLoss.backward()
            sgdStep(parameters, learningRate: 1.0 - 0.9 * Double(k) / 100)
            lastLoss = totalLoss.data
            progress(k)
        }
        let elapsed = start.duration(to: clock.now)
        return DemoMeasurement(
            steps: steps, elapsed: elapsed, valuesCreated: tape.valuesCreated - createdBefore,
            finalLoss: lastLoss, finalAccuracy: lastAccuracy)
    }
}

/// What one run of a demo measured.
struct DemoMeasurement {
    var steps: Int
    var elapsed: Duration
    var valuesCreated: Int
    var finalLoss: Double
    var finalAccuracy: Double

    var seconds: Double {
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
    var nodesPerStep: Int { steps == 0 ? 0 : valuesCreated / steps }
    var nanosecondsPerNode: Double { valuesCreated == 0 ? 0 : seconds * 1e9 / Double(valuesCreated) }
}
