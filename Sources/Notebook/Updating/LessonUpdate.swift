import MicrogradScript

/// `check --update` for one lesson: writes the fresh outputs of the cells that need them (Markdown output
/// blocks, or a notebook's outputs), and says exactly what changed, cell by cell.
public enum LessonUpdate {
    /// What the update did: lines for standard output, and a complaint for standard error when the file could
    /// not be written.
    public struct Report: Equatable, Sendable {
        /// One heading per updated cell (with the diff of its old and new output), then one line for the lesson.
        public var lines: [String] = []
        /// Why nothing was written, when the write failed.
        public var failure: String?
        /// How many cells were updated.
        public var cells = 0
    }

    /// Writes `check`'s updates into its lesson file and marks the updated cells as passed. `mapping` gives
    /// a notebook's pictures their SVG.
    public static func write(_ check: inout LessonCheck, mapping: JupyterOutputMapping, style: ConsoleStyle) -> Report {
        var report = Report()
        let updates = check.updates
        guard !updates.isEmpty else { return report }
        let document = check.run.document
        do {
            let text: String
            switch document.format {
            case .markdown:
                text = LessonUpdater.apply(updates, to: document)
            case .notebook:
                var outputs: [Int: [Output]] = [:]
                for result in check.run.cells where updates[result.cell.index] != nil { outputs[result.cell.index] = result.outputs }
                do { text = try JupyterUpdater.apply(outputs, to: document, mapping: mapping) } catch {
                    report.failure = error.description
                    return report
                }
            }
            try LessonWriter.write(text, to: document.path, replacing: document.source)
        } catch {
            report.failure = error.description
            return report
        }
        let cells = document.cells.filter { updates[$0.index] != nil }
        for cell in cells {
            report.lines.append(describe(cell, newText: ExpectedOutput.storable(updates[cell.index] ?? ""), in: document, style: style))
        }
        report.cells = cells.count
        let places = document.format == .notebook
            ? "cell\(cells.count == 1 ? "" : "s") " + cells.compactMap { $0.notebookCell.map(String.init) }.joined(separator: ", ")
            : "line\(cells.count == 1 ? "" : "s") " + cells.map { String($0.fenceLine) }.joined(separator: ", ")
        report.lines.append("\(document.path): updated the output of \(ProgressLine.count(cells.count, "cell")) (\(places))")
        check.verdicts = check.verdicts.map { verdict in
            var verdict = verdict
            switch verdict.status {
            case .mismatch, .missingExpected: verdict.status = .passed
            case .passed, .skipped, .unexpectedError, .missingError: break
            }
            return verdict
        }
        return report
    }

    /// `lesson.md:14: cell 2: rewrote its output block` and the diff, or `…: added an output block (3 lines)`.
    static func describe(_ cell: Cell, newText: String, in document: Document, style: ConsoleStyle) -> String {
        let lineCount = newText.isEmpty ? 0 : newText.split(separator: "\n", omittingEmptySubsequences: false).count
        let size = ProgressLine.count(lineCount, "line")
        guard let expected = cell.expected else {
            if document.format == .notebook { return style.bold("\(document.place(of: cell)):") + " stored its outputs (\(size))" }
            return style.bold("\(document.path):\(cell.closingFenceLine + 1):") + " cell \(cell.index + 1): added an output block (\(size))"
        }
        let heading = document.format == .notebook
            ? style.bold("\(document.place(of: cell)):") + " replaced its outputs"
            : style.bold("\(document.path):\(expected.fenceLine + 1):") + " cell \(cell.index + 1): rewrote its output block"
        let diff = UnifiedDiff.make(
            expected: expected.text, actual: newText, expectedLabel: "before", actualLabel: "after",
            firstLine: document.format == .notebook ? 1 : expected.fenceLine + 1, style: style)
        return diff.isEmpty ? heading : heading + "\n" + diff
    }
}
