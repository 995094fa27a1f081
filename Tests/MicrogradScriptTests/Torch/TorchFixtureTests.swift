import Foundation
import Testing

@testable import MicrogradScript

/// Cells run by the real torch 2.15.0 (`Fixtures/Torch/cells.json`, made by `make_torch_fixtures.py` there) and by
/// Gradbook: printing, dtypes and sizes, `grad_fn` names, float32 rounding, integer tensors, gradient accumulation,
/// and torch's own error messages.
@Suite struct TorchFixtureTests {
    struct Case: Decodable {
        let name: String
        let source: String
        let exact: Bool
        let output: String?
        let error: String?
    }

    struct File: Decodable {
        let versions: [String: String]
        let cases: [Case]
    }

    static func load() throws -> File {
        guard let url = Bundle.module.url(forResource: "cells", withExtension: "json", subdirectory: "Fixtures/Torch")
        else { throw CocoaError(.fileNoSuchFile) }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    }

    @Test func everyCellPrintsWhatTorchPrinted() throws {
        let file = try Self.load()
        #expect(file.versions["torch"]?.hasPrefix("2.15.0") == true)
        #expect(file.cases.count == 49)
        for item in file.cases {
            let result = Session().run(item.source)
            if let error = item.error {
                guard case .error(let diagnostic)? = result.last else {
                    Issue.record("\(item.name): expected \(error), got \(result.plainText)")
                    continue
                }
                #expect(diagnostic.pythonStyle == error, "\(item.name)")
            } else if let output = item.output {
                let printed = result.plainText
                if item.exact {
                    #expect(printed == output, "\(item.name)")
                } else {
                    #expect(NumberTolerantText.agree(printed, output, relative: 1e-12), "\(item.name): \(printed)")
                }
            }
        }
    }
}

/// Compares two texts that must be equal apart from numbers, which must agree to a relative tolerance: for the
/// few numbers torch computes with its own vectorised kernels (see the fixture script).
enum NumberTolerantText {
    static func agree(_ a: String, _ b: String, relative: Double) -> Bool {
        let x = tokens(a), y = tokens(b)
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) where p != q {
            guard let u = Double(p), let v = Double(q) else { return false }
            if Swift.abs(u - v) > relative * Swift.max(Swift.abs(u), Swift.abs(v)) { return false }
        }
        return true
    }

    /// Numbers and the text between them.
    private static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inNumber = false
        for character in text {
            let numeric = character.isNumber || character == "." || character == "e" && inNumber
                || (character == "-" || character == "+") && (current.last == "e" || !inNumber)
            if numeric != inNumber, !current.isEmpty {
                out.append(current)
                current = ""
            }
            inNumber = numeric
            current.append(character)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
