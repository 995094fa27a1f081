import MicrogradScript

/// Turns cmark's top-level nodes into prose and cells, checking fences and cell options on the way.
///
/// Works on line numbers of the original file (front matter lines were blanked, not removed, before cmark
/// saw the text), so every cell and output block knows exactly which lines it occupies.
struct BlockAssembler {
    let lines: SourceLines
    let path: String
    private(set) var blocks: [Block] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var cells: [Cell] = []

    init(lines: SourceLines, path: String) {
        self.lines = lines
        self.path = path
    }

    mutating func assemble(_ root: MarkdownNode, bodyStart: Int) {
        var previousWasCell = false
        for node in root.children {
            defer { previousWasCell = node.kind == .codeBlock && language(of: node) == "micrograd" }
            guard node.kind == .codeBlock, let fence = Fence(line: lines.markdown(node.startLine)) else {
                reportNestedCells(in: node)
                continue
            }
            let closed = node.endLine > node.startLine && fence.isClosed(by: lines.content(node.endLine))
            if !closed {
                report(node.startLine, fence.indent + 1, "FenceError",
                    "this code fence is never closed (add a line with \(String(repeating: fence.character, count: fence.length)))")
            }
            switch language(of: node) {
            case "micrograd":
                addCell(node, fence: fence)
            case "output":
                if previousWasCell, closed, var cell = cells.popLast() {
                    cell.expected = ExpectedOutput(
                        text: Self.withoutFinalNewline(node.literal ?? ""), fenceLine: node.startLine,
                        closingFenceLine: node.endLine)
                    cells.append(cell)
                } else if previousWasCell == false {
                    report(node.startLine, fence.indent + 1, "LessonError",
                        "an output block must come directly after a micrograd cell (only blank lines between)")
                }
            default:
                break
            }
        }
        buildBlocks(bodyStart: bodyStart)
    }

    private func language(of node: MarkdownNode) -> Substring {
        guard let fence = Fence(line: lines.markdown(node.startLine)) else { return "" }
        return fence.rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
    }

    private mutating func addCell(_ node: MarkdownNode, fence: Fence) {
        let rest = fence.rest.drop(while: { $0 == " " || $0 == "\t" })
        let afterLanguage = rest.dropFirst("micrograd".count)
        let words = CellOptionsReader.words(in: afterLanguage, startingAt: fence.infoColumn + "micrograd".count)
        var options = CellOptions()
        switch CellOptionsReader.read(words, line: node.startLine, path: path) {
        case .success(let read): options = read
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        }
        cells.append(
            Cell(
                index: cells.count, source: node.literal ?? "", options: options, fenceLine: node.startLine,
                closingFenceLine: max(node.endLine, node.startLine)))
    }

    /// Cells belong at the top level: inside a list or a quote, `--update` could not rewrite them safely.
    private mutating func reportNestedCells(in node: MarkdownNode) {
        for inner in node.descendants where inner.kind == .codeBlock {
            let word = inner.fenceInfo?.split(separator: " ").first ?? ""
            if word == "micrograd" || word == "output" {
                report(inner.startLine, inner.startColumn, "LessonError",
                    "a \(word) block must be at the top level of the lesson, not inside a list or quote")
            }
        }
    }

    private mutating func report(_ line: Int, _ column: Int, _ kind: String, _ message: String) {
        diagnostics.append(Diagnostic(file: path, line: line, column: column, kind: kind, message: message))
    }

    private mutating func buildBlocks(bodyStart: Int) {
        var cursor = bodyStart
        for cell in cells {
            addProse(from: cursor, to: cell.fenceLine - 1)
            blocks.append(.cell(cell))
            cursor = (cell.expected?.closingFenceLine ?? cell.closingFenceLine) + 1
        }
        addProse(from: cursor, to: lines.count)
    }

    private mutating func addProse(from first: Int, to last: Int) {
        guard first <= last else { return }
        let text = lines.text(from: first, through: last)
        guard text.contains(where: { !$0.isWhitespace }) else { return }
        blocks.append(.prose(Prose(markdown: text, line: first)))
    }

    static func withoutFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
