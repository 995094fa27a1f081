import Foundation
import Testing

@testable import MicrogradScript

/// The cells of `Fixtures/Graphviz/graphviz.json`, run unchanged, print what CPython with the `graphviz`
/// package 0.20.3 printed (made by `make_graphviz_fixtures.py` there). Object addresses differ by nature, so
/// `at 0x…` is compared as such.
@Suite struct GraphvizFixtureTests {
    struct Fixture: Decodable {
        struct Case: Decodable, CustomTestStringConvertible {
            let name: String
            let code: String
            let expected: String
            var testDescription: String { name }
        }
        let versions: [String: String]
        let cases: [Case]
    }

    static let fixture: Fixture? = {
        guard let url = Bundle.module.url(forResource: "graphviz", withExtension: "json", subdirectory: "Fixtures/Graphviz"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? JSONDecoder().decode(Fixture.self, from: data)
    }()

    static var cases: [Fixture.Case] { fixture?.cases ?? [] }

    @Test func fixtureIsPresentAndMadeByThePinnedPackage() {
        #expect(Self.fixture?.versions["graphviz"] == "0.20.3")
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases) func cellPrintsWhatCPythonPrinted(_ fixture: Fixture.Case) {
        let actual = run(fixture.code)
        #expect(Self.withoutAddresses(actual) == Self.withoutAddresses(fixture.expected))
    }

    /// `at 0x7f3a…` becomes `at 0x…`, as `check`'s default sanitizer does.
    static func withoutAddresses(_ text: String) -> String {
        text.replacingOccurrences(of: #"at 0x[0-9a-fA-F]+"#, with: "at 0x…", options: .regularExpression)
    }
}
