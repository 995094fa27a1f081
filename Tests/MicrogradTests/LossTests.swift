import Testing
@testable import Micrograd

/// The losses and training helpers the lessons use, against the Python they stand for.
@Suite struct LossTests {
    @Test func squaredErrorsSumAndMean() throws {
        let tape = Tape()
        let predictions = [0.5, -0.25, 2.0].map { tape.value($0) }
        let targets = [1.0, -1.0, 1.0]
        // sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred)) = 0.25 + 0.5625 + 1.0
        let total = try #require(sumOfSquaredErrors(predictions: predictions, targets: targets))
        #expect(total.data == 1.8125)
        let mean = try #require(meanSquaredError(predictions: predictions, targets: targets))
        #expect(mean.data == 1.8125 * (1.0 / 3.0))
        mean.backward()
        // d/dp (1/3) Σ (p - t)² = (2/3)(p - t)
        #expect(zip(predictions.map(\.grad), [-1.0 / 3.0, 0.5, 2.0 / 3.0]).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(sumOfSquaredErrors(predictions: [], targets: []) == nil)
    }

    @Test func svmMaxMarginAndRegularization() throws {
        let tape = Tape()
        let scores = [0.5, -2.0, 3.0, -0.25].map { tape.value($0) }
        let labels = [1.0, -1.0, -1.0, 1.0]
        // (1 + -y*s).relu(): 0.5, 0 (margin met), 4.0, 1.25; mean 5.75 / 4
        let data = try #require(svmMaxMarginLoss(scores: scores, labels: labels))
        #expect(data.data == 5.75 * (1.0 / 4.0))
        let parameters = [0.5, -1.5].map { tape.value($0) }
        let regularization = try #require(l2Regularization(parameters, alpha: 1e-4))
        #expect(regularization.data == (0.25 + 2.25) * 1e-4)
        (data + regularization).backward()
        #expect(scores.map(\.grad) == [-0.25, 0, 0.25, -0.25])
        #expect(parameters.map(\.grad) == [2 * 0.5 * 1e-4, 2 * -1.5 * 1e-4])
        #expect(accuracy(scores: scores, labels: labels) == 0.5)
        #expect(accuracy(scores: [], labels: []) == 0)
    }

    @Test func sgdStepAndZeroGrad() {
        let tape = Tape()
        let parameters = [1.0, 2.0].map { tape.value($0) }
        parameters[0].grad = 0.5
        parameters[1].grad = -1.0
        sgdStep(parameters, learningRate: 0.1)
        #expect(parameters.map(\.data) == [1.0 - 0.1 * 0.5, 2.0 - 0.1 * -1.0])
        zeroGrad(parameters)
        #expect(parameters.map(\.grad) == [0, 0])
    }
}
