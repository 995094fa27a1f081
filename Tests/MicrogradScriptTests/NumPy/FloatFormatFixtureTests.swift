import Foundation
import Testing

@testable import MicrogradScript

/// Dragon4's digits (`np.format_float_positional` / `np.format_float_scientific` with `unique=True`) and numpy
/// 1.26's scalar `repr`/`str`, against `Fixtures/NumPy/float_format.json`: random magnitudes from 1e-12 to 1e14,
/// exact ties (0.125, 2.5, 1/512), subnormals and the largest double, at precisions 0 to 12.
@Suite struct FloatFormatFixtureTests {
    private struct Case: Decodable {
        let x: String
        let precision: Int
        let positional: String
        let scientific: String
    }

    private struct ScalarCase: Decodable {
        let x: String
        let repr: String
        let str: String
    }

    private struct File: Decodable {
        let cases: [Case]
        let scalars: [ScalarCase]
    }

    /// numpy's `trim='.'` spelling of a positional value: sign, digits, point, fraction without trailing zeros.
    private func positional(_ x: Double, _ precision: Int) -> String {
        let digits = DecimalDigits.positional(x, fractionDigits: precision)
        let text = digits.digits.map(String.init).joined()
        let sign = x.sign == .minus ? "-" : ""
        if digits.isZero { return sign + "0." }
        if digits.pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -digits.pointPosition) + text
        }
        if digits.pointPosition >= text.count {
            return sign + text + String(repeating: "0", count: digits.pointPosition - text.count) + "."
        }
        let split = text.index(text.startIndex, offsetBy: digits.pointPosition)
        return sign + text[..<split] + "." + text[split...]
    }

    /// numpy's `trim='.'` spelling of a scientific value.
    private func scientific(_ x: Double, _ precision: Int) -> String {
        let digits = DecimalDigits.scientific(x, fractionDigits: precision)
        let text = digits.digits.map(String.init).joined()
        let sign = x.sign == .minus ? "-" : ""
        let exponent = digits.isZero ? 0 : digits.pointPosition - 1
        let magnitude = String(abs(exponent))
        return sign + String(text.prefix(1)) + "." + String(text.dropFirst()) + "e" + (exponent < 0 ? "-" : "+")
            + (magnitude.count < 2 ? "0" + magnitude : magnitude)
    }

    @Test func digitsAreDragon4s() throws {
        let file = try NumPyFixtures.load("float_format", as: File.self)
        #expect(file.cases.count > 2000)
        for item in file.cases {
            let x = NumPyFixtures.double(item.x)
            #expect(positional(x, item.precision) == item.positional, "\(item.x) precision \(item.precision)")
            #expect(scientific(x, item.precision) == item.scientific, "\(item.x) precision \(item.precision)")
        }
    }

    @Test func scalarsPrintAsNumPy126PrintsThem() throws {
        let file = try NumPyFixtures.load("float_format", as: File.self)
        for item in file.scalars {
            let scalar = Scalar.float64(NumPyFixtures.double(item.x))
            #expect(scalar.repr == item.repr)
            #expect(scalar.str == item.str)
        }
        #expect(Scalar.int64(-12).repr == "-12")
        #expect(Scalar.bool(true).str == "True")
    }
}
