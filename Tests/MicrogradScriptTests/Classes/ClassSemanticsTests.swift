import Foundation
import MicrogradScript
import Testing

/// The class-semantics programs in `Fixtures/Classes/`, each run cell by cell in one session and compared with
/// what CPython printed for the same cells (`classes.json`, made by `make_class_fixtures.py` there). Each program
/// covers one part of the data model: definitions, inheritance, arithmetic, comparison, the other protocols,
/// exceptions, closures, everyday built-ins, a lecture-style engine and network, and the recursion limits.
@Suite("Classes as CPython runs them")
struct ClassSemanticsTests {
    struct Fixture: Decodable {
        struct Program: Decodable, CustomTestStringConvertible {
            struct Cell: Decodable {
                let source: String
                let output: String
            }
            let program: String
            let cells: [Cell]
            var testDescription: String { program }
        }
        let python: String
        let programs: [Program]
    }

    static let programs: [Fixture.Program] = {
        guard let url = Bundle.module.url(forResource: "classes", withExtension: "json", subdirectory: "Fixtures/Classes"),
            let data = try? Data(contentsOf: url), let fixture = try? JSONDecoder().decode(Fixture.self, from: data)
        else { return [] }
        return fixture.programs
    }()

    @Test func everyProgramIsThere() {
        #expect(Self.programs.map(\.program) == [
            "arithmetic", "closures", "comparison", "definitions", "everyday", "exceptions", "inheritance", "lecture",
            "limits", "protocols",
        ])
    }

    @Test(arguments: programs)
    func program(_ program: Fixture.Program) {
        let session = Session()
        for (index, cell) in program.cells.enumerated() {
            let printed = session.run(cell.source).plainText
            #expect(
                NumericText.agree(printed, cell.output), "\(program.program) cell \(index + 1):\n\(cell.source)")
        }
    }
}

/// Compares printed text as `gradbook check` does: numbers within a relative 1e-12, everything else exactly.
/// Training sums gradients in the order a `set` of nodes iterates, which in CPython follows memory addresses,
/// so the last bit of a loss may differ between any two interpreters, CPython runs included.
enum NumericText {
    static func agree(_ a: String, _ b: String) -> Bool {
        let x = split(a), y = split(b)
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) {
            if p == q { continue }
            guard let u = Double(p), let v = Double(q), u.isFinite, v.isFinite else { return false }
            if abs(u - v) > 1e-12 * max(abs(u), abs(v)) { return false }
        }
        return true
    }

    /// The text cut into numbers and the runs between them.
    private static func split(_ text: String) -> [String] {
        let number = /-?\d+\.\d+(?:e[-+]?\d+)?/
        var pieces: [String] = []
        var rest = text[...]
        while let match = rest.firstMatch(of: number) {
            pieces.append(String(rest[..<match.range.lowerBound]))
            pieces.append(String(match.output))
            rest = rest[match.range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }
}
