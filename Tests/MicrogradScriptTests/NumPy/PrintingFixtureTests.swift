import Foundation
import Testing

@testable import MicrogradScript

/// `repr` and `str` of arrays, byte for byte against numpy 1.26.4 (`Fixtures/NumPy/printing.json`): random
/// magnitudes, mixed signs, integer-valued floats, NaN and infinities, ints and bools, 1-D to 4-D, empty and 0-d
/// arrays, and large arrays that numpy summarises.
@Suite struct PrintingFixtureTests {
    private struct Case: Decodable {
        let name: String
        let dtype: String
        let shape: [Int]
        let values: [String]
        let repr: String
        let str: String
    }

    private struct Generated: Decodable {
        let shape: [Int]
        let scale: Double
        let shift: Double
        let dtype: String
        let repr: String
        let str: String
    }

    private struct File: Decodable {
        let cases: [Case]
        let generated: [Generated]
    }

    @Test func everyArrayPrintsAsNumPyPrintsIt() throws {
        let file = try NumPyFixtures.load("printing", as: File.self)
        #expect(file.cases.count > 400)
        var failures = 0
        for item in file.cases {
            let array = try NumPyFixtures.array(dtype: item.dtype, shape: item.shape, values: item.values)
            if array.repr != item.repr || array.str != item.str { failures += 1 }
            #expect(array.repr == item.repr, "\(item.name)")
            #expect(array.str == item.str, "\(item.name)")
            if failures > 20 { break }
        }
    }

    @Test func largeArraysAreSummarisedAsNumPyDoes() throws {
        let file = try NumPyFixtures.load("printing", as: File.self)
        for item in file.generated {
            let count = item.shape.reduce(1, *)
            let array: NDArray
            if item.dtype == "float64" {
                array = try NDArray((0..<count).map { Double($0) * item.scale + item.shift }, shape: item.shape)
            } else if item.dtype == "bool" {
                array = try NDArray((0..<count).map { $0 % Int(item.scale) == 0 }, shape: item.shape)
            } else {
                array = try NDArray((0..<count).map { Int64($0) * Int64(item.scale) + Int64(item.shift) }, shape: item.shape)
            }
            #expect(array.repr == item.repr, "\(item.shape) \(item.dtype)")
            #expect(array.str == item.str, "\(item.shape) \(item.dtype)")
        }
    }
}
