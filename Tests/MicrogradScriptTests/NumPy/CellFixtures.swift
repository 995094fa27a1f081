import Foundation
import MicrogradScript
import Testing

/// The session-level fixtures made by `Fixtures/NumPy/make_cell_fixtures.py`: cells of Python and what numpy 1.26.4
/// and scikit-learn 1.5.2 printed for them (then `Kind: message` if the cell raised).
struct CellFixtures: Decodable {
    struct Case: Decodable {
        let name: String
        let source: String
        let output: String
    }

    let versions: [String: String]
    let cases: [Case]

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "fixture \(path) is not in the test bundle" }
    }

    /// Reads `Fixtures/<folder>/cells.json`.
    static func load(_ folder: String) throws -> CellFixtures {
        guard let url = Bundle.module.url(forResource: "cells", withExtension: "json", subdirectory: "Fixtures/\(folder)")
        else { throw Missing(path: "\(folder)/cells.json") }
        return try JSONDecoder().decode(CellFixtures.self, from: Data(contentsOf: url))
    }

    /// The case called `name`.
    func source(_ name: String) throws -> Case {
        guard let found = cases.first(where: { $0.name == name }) else { throw Missing(path: "case \(name)") }
        return found
    }

    /// Runs case `name` in a fresh session and expects the library's output exactly, line by line.
    func expectCase(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fixture = try source(name)
        let actual = run(fixture.source)
        let expectedLines = fixture.output.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (expected, got)) in zip(expectedLines, actualLines).enumerated() where expected != got {
            Issue.record("\(name), line \(index + 1):\n  numpy:    \(expected)\n  Gradbook: \(got)", sourceLocation: sourceLocation)
            return
        }
        #expect(expectedLines.count == actualLines.count, "\(name): \(actual)", sourceLocation: sourceLocation)
    }
}
