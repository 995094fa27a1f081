import Foundation
import Testing

@testable import MicrogradScript

/// `np.arange` and `np.linspace` element for element against numpy 1.26.4 (`Fixtures/NumPy/creation.json`).
@Suite struct CreationFixtureTests {
    private enum Argument: Decodable {
        case int(Int64)
        case float(String)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int64.self) { self = .int(value) } else { self = .float(try container.decode(String.self)) }
        }
        var scalar: Scalar {
            switch self {
            case .int(let value): .int64(value)
            case .float(let text): .float64(NumPyFixtures.double(text))
            }
        }
    }

    private struct Arange: Decodable {
        let args: [Argument]
        let dtype: String
        let values: [String]
    }

    private struct Linspace: Decodable {
        let start: String
        let stop: String
        let num: Int
        let endpoint: Bool
        let step: String
        let values: [String]
    }

    private struct File: Decodable {
        let arange: [Arange]
        let linspace: [Linspace]
    }

    @Test func arangeUsesNumPysLengthAndElementFormula() throws {
        let file = try NumPyFixtures.load("creation", as: File.self)
        for item in file.arange {
            let args = item.args.map(\.scalar)
            let array: NDArray
            switch args.count {
            case 1: array = try NDArray.arange(stop: args[0])
            case 2: array = try NDArray.arange(start: args[0], stop: args[1])
            default: array = try NDArray.arange(start: args[0], stop: args[1], step: args[2])
            }
            #expect(array.dtype.name == item.dtype, "\(args)")
            #expect(array.scalars.map(\.repr) == item.values, "\(args)")
        }
    }

    @Test func linspaceUsesNumPysFormula() throws {
        let file = try NumPyFixtures.load("creation", as: File.self)
        for item in file.linspace {
            let (array, step) = try NDArray.linspace(
                start: NumPyFixtures.double(item.start), stop: NumPyFixtures.double(item.stop), num: item.num,
                endpoint: item.endpoint)
            #expect(array.scalars.map(\.repr) == item.values, "\(item.start) \(item.stop) \(item.num)")
            #expect(sameDouble(step, NumPyFixtures.double(item.step)))
        }
    }
}
