import Foundation
import Testing
@testable import Micrograd

/// Every operation's gradient agrees with a numerical estimate.
@Suite struct GradientCheckTests {
    typealias Build = @Sendable ([Value]) -> Value

    static let cases: [(String, [Double], Build)] = [
        ("add", [1.5, -2.0], { $0[0] + $0[1] }),
        ("multiply", [1.5, -2.0], { $0[0] * $0[1] }),
        ("subtract", [1.5, -2.0], { $0[0] - $0[1] }),
        ("divide", [1.5, -2.0], { $0[0] / $0[1] }),
        ("negate", [0.7], { -$0[0] }),
        ("number minus value", [0.7], { 3 - $0[0] }),
        ("number over value", [0.7], { 3 / $0[0] }),
        ("integer power", [1.3], { $0[0].pow(3) }),
        ("float power", [1.3], { $0[0].pow(0.5) }),
        ("exp", [0.4], { $0[0].exp() }),
        ("log", [2.5], { $0[0].log() }),
        ("tanh", [0.3], { $0[0].tanh() }),
        ("relu positive", [0.3], { $0[0].relu() }),
        ("relu negative", [-0.3], { $0[0].relu() }),
        ("sigmoid", [0.3], { $0[0].sigmoid() }),
        ("composite", [0.5, -1.2, 2.0], { v in ((v[0] * v[1] + v[2]).tanh() * v[0].exp() - v[2].pow(2)) / (v[1].sigmoid() + 1) }),
    ]

    @Test(arguments: 0..<cases.count)
    func operationMatchesCentralDifference(_ index: Int) {
        let (name, inputs, build) = Self.cases[index]
        let report = gradientCheck(at: inputs, on: Tape(), build)
        #expect(report.comparisons.count == inputs.count)
        #expect(report.maxRelativeError < 1e-7, "\(name): \(report)")
    }

    @Test func forwardDifferenceOfTheLectureParabola() {
        let f: (Double) -> Double = { 3 * $0 * $0 - 4 * $0 + 5 }
        #expect(abs(forwardDifference(f, at: 3, h: 1e-7) - 14) < 1e-5)
        #expect(abs(forwardDifference(f, at: 2.0 / 3.0, h: 1e-7)) < 1e-5)
        #expect(abs(centralDifference(f, at: 3) - 14) < 1e-8)
    }

    @Test func reportFindsAWrongGradient() {
        // relu at exactly 0 has a kink: the estimate says 0.5, autograd says 0.
        let report = gradientCheck(at: [0], on: Tape()) { $0[0].relu() }
        #expect(report.maxRelativeError == 1)
    }
}
