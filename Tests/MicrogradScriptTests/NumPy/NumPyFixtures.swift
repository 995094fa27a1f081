import Foundation
import Testing

@testable import MicrogradScript

/// Reads the numpy 1.26.4 reference fixtures in `Fixtures/NumPy/` (made by `make_numpy_fixtures.py` there).
enum NumPyFixtures {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "fixture NumPy/\(name).json is not in the test bundle" }
    }

    /// Decodes `Fixtures/NumPy/<name>.json`.
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/NumPy")
        else { throw Missing(name: name) }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// The same doubles as the fixture script's `lcg_values` (Knuth's MMIX generator): uniform in [-0.5, 0.5),
    /// times a power of ten from 1e-6 to 1e6 when `spread`.
    static func lcgValues(seed: UInt64, count: Int, spread: Bool = true) -> [Double] {
        let powers: [Double] = [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6]
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        return (0..<count).map { _ in
            let u = Double(next() >> 11) / 9_007_199_254_740_992.0
            guard spread else { return u - 0.5 }
            return (u - 0.5) * powers[Int((next() >> 11) % 13)]
        }
    }

    /// A fixture's float, read back bit for bit from its Python repr.
    static func double(_ text: String) -> Double {
        switch text {
        case "nan": return .nan
        case "inf": return .infinity
        case "-inf": return -.infinity
        default: return Double(text) ?? .nan
        }
    }

    /// An array from a fixture's dtype name, shape and values.
    static func array(dtype: String, shape: [Int], values: [String]) throws -> NDArray {
        switch dtype {
        case "float64": return try NDArray(values.map(double), shape: shape)
        case "int64": return try NDArray(values.map { Int64($0) ?? 0 }, shape: shape)
        default: return try NDArray(values.map { $0 == "True" }, shape: shape)
        }
    }
}

/// The distance in units in the last place between two doubles of the same sign (0 when both are NaN).
func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
    if a.isNaN && b.isNaN { return 0 }
    if a == b { return 0 }
    let x = Int64(bitPattern: a.bitPattern), y = Int64(bitPattern: b.bitPattern)
    if (x < 0) != (y < 0) { return UInt64.max }
    return x > y ? UInt64(x - y) : UInt64(y - x)
}

/// Whether two doubles are the same bits, or both NaN.
func sameDouble(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

/// Test shorthand: the array of a scalar or array result.
extension ArrayOrScalar {
    var array: NDArray { asArray }
}

/// Test shorthand for building arrays from literals.
func floats(_ values: [Double], _ shape: [Int]? = nil) -> NDArray {
    (try? NDArray(values, shape: shape ?? [values.count])) ?? NDArray(scalar: .float64(.nan))
}

/// Test shorthand for int64 arrays.
func ints(_ values: [Int64], _ shape: [Int]? = nil) -> NDArray {
    (try? NDArray(values, shape: shape ?? [values.count])) ?? NDArray(scalar: .int64(0))
}

/// Test shorthand for bool arrays.
func bools(_ values: [Bool], _ shape: [Int]? = nil) -> NDArray {
    (try? NDArray(values, shape: shape ?? [values.count])) ?? NDArray(scalar: .bool(false))
}

/// The error an expression throws, as numpy's `Kind: message`.
func numpyError(_ body: () throws -> Any) -> String {
    do {
        _ = try body()
        return "no error"
    } catch let error as NumPyError {
        return error.description
    } catch {
        return "unexpected \(error)"
    }
}
