import Foundation
import Testing
@testable import MicrogradScript

/// Every code cell of the micrograd lecture notebooks parses to the tree CPython reads in it: the fixture's
/// renditions were checked against CPython's `ast` by `Fixtures/Syntax/lecture_cells.py check` (annotations
/// aside, which Gradbook reads and drops), classes included.
@Suite struct LectureFixtureTests {
    private struct Cell: Codable {
        var source: String
        var rendition: String
    }

    private func loadCells() throws -> [Cell] {
        let url = try #require(
            Bundle.module.url(forResource: "lecture-cells", withExtension: "json", subdirectory: "Fixtures/Syntax"))
        return try JSONDecoder().decode([Cell].self, from: Data(contentsOf: url))
    }

    @Test func everyLectureCellParsesAsCPythonReadsIt() throws {
        let cells = try loadCells()
        #expect(cells.count == 72)
        if ProcessInfo.processInfo.environment["GRADBOOK_WRITE_RENDITIONS"] == "1" {
            let filled = cells.map { Cell(source: $0.source, rendition: rendition($0.source)) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let target = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../Fixtures/Syntax/lecture-cells.json").standardized
            try encoder.encode(filled).write(to: target, options: .atomic)
            return
        }
        for cell in cells {
            #expect(rendition(cell.source) == cell.rendition, "\(cell.source.prefix(60))")
        }
        #expect(cells.filter { $0.rendition.contains("Error: ") }.isEmpty)
        #expect(cells.filter { $0.rendition.contains("class ") }.count == 13)
    }
}
