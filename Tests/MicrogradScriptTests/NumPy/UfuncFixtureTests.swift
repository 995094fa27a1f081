import Foundation
import Testing

@testable import MicrogradScript

/// Elementwise functions and operators against numpy 1.26.4 (`Fixtures/NumPy/ufuncs.json`), bit for bit, on random
/// and special inputs (signed zeros, infinities, NaN, subnormals, overflow).
@Suite struct UfuncFixtureTests {
    private struct Function: Decodable {
        let inputs: String
        let outputs: [String]
    }

    private struct Unary: Decodable {
        let inputs: [String: [String]]
        let functions: [String: Function]
    }

    private struct Binary: Decodable {
        let a: [String]
        let b: [String]
        let outputs: [String]
    }

    private struct File: Decodable {
        let unary: Unary
        let binary: [String: Binary]
    }

    /// numpy 1.26 computes float64 `tanh` with its own SIMD code on AVX2 machines (converted from Intel's SVML),
    /// not with the C library; Gradbook uses glibc's `tanh`. Measured on the fixture's 561 inputs and on 700,000
    /// random inputs: at most 3 units in the last place apart (about 30% of values differ at all).
    static let tanhBound: UInt64 = 3

    @Test func unaryFunctionsMatchNumPyBitForBit() throws {
        let file = try NumPyFixtures.load("ufuncs", as: File.self)
        #expect(file.unary.functions.count == 28)
        for (name, function) in file.unary.functions.sorted(by: { $0.key < $1.key }) {
            let operation = try #require(UnaryOperation(rawValue: name))
            let inputs = try #require(file.unary.inputs[function.inputs]).map(NumPyFixtures.double)
            let result = try NumPy.apply(operation, .array(floats(inputs))).array.elements(as: Double.self)
            let expected = function.outputs.map(NumPyFixtures.double)
            let worst = zip(result, expected).map { ulpDistance($0, $1) }.max() ?? 0
            if operation == .tanh {
                #expect(worst <= Self.tanhBound, "tanh differs by \(worst) ulp")
            } else {
                #expect(worst == 0, "\(name) differs by \(worst) ulp")
            }
        }
    }

    @Test func binaryOperationsMatchNumPyBitForBit() throws {
        let file = try NumPyFixtures.load("ufuncs", as: File.self)
        let operations: [String: BinaryOperation] = [
            "add": .add, "subtract": .subtract, "multiply": .multiply, "divide": .trueDivide,
            "floor_divide": .floorDivide, "remainder": .remainder, "power": .power, "maximum": .maximum,
            "minimum": .minimum,
        ]
        for (name, item) in file.binary.sorted(by: { $0.key < $1.key }) {
            let parts = name.split(separator: " ")
            let operation = try #require(operations[String(parts[1])])
            if parts[0] == "float" {
                let result = try NumPy.apply(
                    operation, .array(floats(item.a.map(NumPyFixtures.double))),
                    .array(floats(item.b.map(NumPyFixtures.double)))
                ).array.elements(as: Double.self)
                let expected = item.outputs.map(NumPyFixtures.double)
                let mismatches = zip(result, expected).enumerated().filter { !sameDouble($0.element.0, $0.element.1) }
                #expect(mismatches.isEmpty, "\(name): \(mismatches.prefix(3).map { "\(item.a[$0.offset]) \(item.b[$0.offset])" })")
            } else {
                let result = try NumPy.apply(
                    operation, .array(ints(item.a.compactMap { Int64($0) })), .array(ints(item.b.compactMap { Int64($0) })))
                    .array.scalars.map(\.repr)
                #expect(result == item.outputs, "\(name)")
            }
        }
    }
}
