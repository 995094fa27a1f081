import Foundation
import MicrogradScript
import Notebook

/// Fixture lessons shipped in `Lessons/`, and small builders for test values.
enum Fixture {
    /// The path of a fixture lesson.
    static func path(_ name: String) -> String {
        guard let folder = Bundle.module.url(forResource: "Lessons", withExtension: nil) else { return name }
        return folder.appendingPathComponent(name).path
    }

    /// The parsed fixture lesson, or the error it gives.
    static func parse(_ name: String) -> Result<Document, LessonError> {
        do throws(LessonError) {
            return .success(try LessonParser.load(path: path(name)))
        } catch {
            return .failure(error)
        }
    }

    /// The single diagnostic a broken fixture gives (nil if it parses or gives several).
    static func diagnostic(_ name: String) -> Diagnostic? {
        guard case .failure(let error) = parse(name), error.diagnostics.count == 1 else { return nil }
        return error.diagnostics.first
    }

    /// Parses literal lesson text.
    static func document(_ text: String, path: String = "lesson.md") -> Document? {
        try? LessonParser.parse(text, path: path)
    }

    /// A run of `document` where cell i produced `outputs[i]` (nil: skipped).
    static func run(_ document: Document, _ outputs: [[Output]?]) -> RunResult {
        let cells = zip(document.cells, outputs).map { cell, outputs in
            CellResult(cell: cell, outputs: outputs ?? [], ran: outputs != nil)
        }
        return RunResult(document: document, cells: cells)
    }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "gradbook-notebook-tests-\(safe)-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
