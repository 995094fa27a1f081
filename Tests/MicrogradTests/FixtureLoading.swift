import Foundation

/// Reads the CPython reference fixtures in `Fixtures/` (made by `Fixtures/make_fixtures.py`).
enum FixtureFile {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "fixture \(name).json is not in the test bundle" }
    }

    /// Decodes `Fixtures/<name>.json`. JSON numbers written by Python's `json` round-trip exactly.
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw Missing(name: name)
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// Whether two doubles agree to `relative` of the larger magnitude, with `absolute` as a floor for values near 0.
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 1e-15) -> Bool {
    abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
}

/// The same doubles, bit for bit (so `0.0` and `-0.0` differ, as Python's repr tells them apart).
func bitPatterns(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }
