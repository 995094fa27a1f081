import FuzzSupport
import Notebook

/// New outputs written under every cell must read back as exactly those outputs, and leave the cells alone.
func checkUpdateRoundTrip(_ document: Document) {
    let cells = document.cells
    guard !cells.isEmpty else { return }
    let prose = document.blocks.lazy.compactMap { block -> String? in
        if case .prose(let prose) = block { return prose.markdown }
        return nil
    }.first ?? "```"
    var updates: [Int: String] = [:]
    for cell in cells {
        // Cell sources and prose are the trickiest outputs at hand: fences, tildes, backticks, blank lines.
        updates[cell.index] = cell.index % 2 == 0 ? cell.source : prose
    }
    let updated = LessonUpdater.apply(updates, to: document)
    let reread: Document
    do throws(LessonError) {
        reread = try LessonParser.parse(updated, path: path)
    } catch {
        FuzzDriver.require(false, "the updated lesson does not parse:\n\(error.report)\n--- updated:\n\(updated)")
        return
    }
    FuzzDriver.require(reread.cells.count == cells.count, "the update changed the number of cells\n\(updated)")
    for (before, after) in zip(cells, reread.cells) {
        FuzzDriver.require(before.source == after.source, "the update changed cell \(before.index)\n\(updated)")
        FuzzDriver.require(before.options == after.options, "the update changed cell \(before.index)'s options")
        let written = updates[before.index] ?? ""
        FuzzDriver.require(
            OutputComparison.matches(expected: after.expected?.text ?? "", actual: written, tolerance: 0),
            "cell \(before.index) expects \(String(reflecting: after.expected?.text)) after writing \(String(reflecting: written))\n\(updated)")
    }
}
