import Foundation
import Testing

@testable import MicrogradScript

/// Sums, means, standard deviations, products and maxima against numpy 1.26.4 (`Fixtures/NumPy/reductions.json`),
/// bit for bit: long arrays around numpy's pairwise block sizes (8, 128, 8192), reversed and strided views, and
/// 2-D and 3-D arrays (contiguous, transposed, sliced) along every axis.
@Suite struct ReductionFixtureTests {
    private struct Length: Decodable {
        let seed: UInt64
        let shape: [Int]
        let sum: String
        let mean: String
        let std: String
        let var1: String
        let prod: String
        let cumsum_last: String
        let reversed_sum: String
        let strided_sum: String
    }

    private struct Sampled: Decodable {
        let every: Int
        let values: [String]
    }

    private struct AxisCase: Decodable {
        let seed: UInt64
        let shape: [Int]
        let layout: String
        let axis: AxisValue?
        let sum: Sampled
        let mean: Sampled
        let std: Sampled
        let max: Sampled
        let prod: Sampled
    }

    private enum AxisValue: Decodable {
        case one(Int)
        case many([Int])
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let axis = try? container.decode(Int.self) { self = .one(axis) } else { self = .many(try container.decode([Int].self)) }
        }
        var axes: [Int] {
            switch self {
            case .one(let axis): [axis]
            case .many(let axes): axes
            }
        }
    }

    private struct File: Decodable {
        let lengths: [Length]
        let axes: [AxisCase]
    }

    private func scalar(_ result: ArrayOrScalar) -> Double { result.array.elements(as: Double.self).first ?? .nan }

    private func check(_ result: ArrayOrScalar, _ expected: String, _ label: String) {
        let value = scalar(result)
        #expect(sameDouble(value, NumPyFixtures.double(expected)), "\(label): \(value) != \(expected)")
    }

    @Test func longVectorsSumInNumPysPairwiseOrder() throws {
        let file = try NumPyFixtures.load("reductions", as: File.self)
        for item in file.lengths {
            let n = item.shape[0]
            let a = floats(NumPyFixtures.lcgValues(seed: item.seed, count: n))
            check(try a.sum(), item.sum, "sum n=\(n)")
            check(try a.mean(), item.mean, "mean n=\(n)")
            check(try a.std(), item.std, "std n=\(n)")
            check(try a.variance(ddof: 1), item.var1, "var ddof=1 n=\(n)")
            let head = try a.get([.slice(stop: 300)]).array
            let shifted = try NumPy.apply(.add, NumPy.apply(.multiply, .array(head), .scalar(.int64(10))), .scalar(.int64(1)))
            check(try shifted.array.prod(), item.prod, "prod n=\(n)")
            check(.scalar(try a.cumsum().item(-1)), item.cumsum_last, "cumsum n=\(n)")
            check(try a.get([.slice(step: -1)]).array.sum(), item.reversed_sum, "reversed sum n=\(n)")
            check(try a.get([.slice(step: 3)]).array.sum(), item.strided_sum, "strided sum n=\(n)")
        }
    }

    @Test func axisReductionsFollowNumPysIterationOrder() throws {
        let file = try NumPyFixtures.load("reductions", as: File.self)
        #expect(file.axes.count > 80)
        for item in file.axes {
            let base = try NDArray(NumPyFixtures.lcgValues(seed: item.seed, count: item.shape.reduce(1, *)), shape: item.shape)
            let view: NDArray
            switch item.layout {
            case "transposed": view = base.T
            case "sliced":
                view = try base.get([.slice(step: 2), .ellipsis, .slice(step: 3)]).array
            default: view = base
            }
            let axes = item.axis?.axes
            let label = "\(item.shape) \(item.layout) axis \(axes.map(String.init(describing:)) ?? "None")"
            let plusOne = try NumPy.apply(.add, .array(view), .scalar(.int64(1))).array
            for (name, result, expected) in [
                ("sum", try view.sum(axis: axes), item.sum), ("mean", try view.mean(axis: axes), item.mean),
                ("std", try view.std(axis: axes), item.std), ("max", try view.max(axis: axes), item.max),
                ("prod", try plusOne.prod(axis: axes), item.prod),
            ] {
                let values = result.array.elements(as: Double.self)
                let sampled = stride(from: 0, to: values.count, by: expected.every).map { values[$0] }
                let wanted = expected.values.map(NumPyFixtures.double)
                let same = sampled.count == wanted.count && zip(sampled, wanted).allSatisfy { sameDouble($0, $1) }
                #expect(same, "\(name) \(label)")
            }
        }
    }
}
