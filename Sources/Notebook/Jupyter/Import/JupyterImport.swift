import Foundation
import MicrogradScript

/// A Jupyter notebook as a Markdown lesson: what `gradbook import` writes.
///
/// Markdown cells become prose and code cells become ```` ```micrograd ```` cells with their options (from tags,
/// see `JupyterCellOptions`); stored text outputs (streams, `text/plain`, errors) become the ```` ```output ````
/// block; pictures are dropped, since `render` draws figures again, and so are raw cells. The title is the
/// notebook's first heading (or its `metadata.title`), and `metadata.gradbook` becomes the front matter.
///
/// The text depends only on the notebook, so importing twice gives the same bytes; and it is read back before
/// it is returned, so a notebook whose Markdown would change the lesson's cells (a ```` ```micrograd ```` fence
/// in prose, an unclosed fence) is refused rather than written wrong.
public enum JupyterImport {
    /// The lesson and what was left out.
    public struct Lesson: Equatable, Sendable {
        /// The lesson's Markdown text.
        public var text: String
        /// What the lesson does not carry over, one line each, for standard error.
        public var notes: [String]
    }

    /// The lesson for `notebook`, whose reading as a lesson (settings, cells, options, outputs) is `document`.
    public static func lesson(from document: Document, notebook: JupyterNotebook) throws(LessonError) -> Lesson {
        var text = frontMatter(document.frontMatter)
        var pictures: [(cell: Int, type: String)] = []
        var rawCells: [Int] = []
        let cells = Dictionary(uniqueKeysWithValues: document.cells.compactMap { cell in cell.notebookCell.map { ($0, cell) } })
        for notebookCell in notebook.cells {
            switch notebookCell.kind {
            case .markdown:
                guard notebookCell.source.contains(where: { !$0.isWhitespace }) else { continue }
                if !text.isEmpty { text += "\n" }
                text += JupyterLesson.withFinalNewline(JupyterLesson.unixLines(notebookCell.source))
            case .code:
                guard let cell = cells[notebookCell.number] else { continue }
                if !text.isEmpty { text += "\n" }
                text += codeBlock(cell)
                for output in notebookCell.outputs {
                    pictures += output.pictures.map { (notebookCell.number, $0) }
                }
            case .raw:
                rawCells.append(notebookCell.number)
            }
        }
        try verify(text, against: document)
        var notes: [String] = []
        if !pictures.isEmpty {
            let types = Set(pictures.map(\.type)).sorted().joined(separator: ", ")
            let places = uniqueNumbers(pictures.map(\.cell))
            notes.append(
                "\(document.path): dropped \(ProgressLine.count(pictures.count, "picture")) (\(types)) of "
                    + "cell\(places.count == 1 ? "" : "s") \(places.map(String.init).joined(separator: ", ")); gradbook render draws figures again")
        }
        if !rawCells.isEmpty {
            notes.append(
                "\(document.path): dropped raw cell\(rawCells.count == 1 ? "" : "s") \(rawCells.map(String.init).joined(separator: ", ")); a lesson has no raw cells")
        }
        return Lesson(text: text, notes: notes)
    }

    /// A cell's fence, source, and output block.
    static func codeBlock(_ cell: Cell) -> String {
        let sourceLines = cell.source.isEmpty ? [] : cell.source.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let fence = String(repeating: "`", count: OutputBlock.fenceLength(for: sourceLines, character: "`"))
        let info = (["micrograd"] + cell.options.words).joined(separator: " ")
        var block = fence + info + "\n" + cell.source + fence + "\n"
        if let expected = cell.expected, !expected.text.isEmpty {
            block += OutputBlock.render(expected.text, lineEnding: "\n")
        }
        return block
    }

    /// The front matter for `settings`, in the order the documentation lists its keys; "" when nothing is set.
    static func frontMatter(_ settings: FrontMatter) -> String {
        var lines: [String] = []
        if let title = settings.title { lines.append("title: " + NewLesson.yamlQuoted(title)) }
        if let summary = settings.summary { lines.append("summary: " + NewLesson.yamlQuoted(summary)) }
        if let seed = settings.seed { lines.append("seed: \(seed)") }
        if let tolerance = settings.tolerance { lines.append("tolerance: \(tolerance)") }
        if let budget = settings.budget { lines.append("budget: \(budget)") }
        if let limit = settings.graphLimit { lines.append("graph_limit: \(limit)") }
        if !settings.sanitize.isEmpty {
            lines.append("sanitize:")
            for sanitizer in settings.sanitize {
                lines.append("  - regex: " + NewLesson.yamlQuoted(sanitizer.pattern))
                lines.append("    replace: " + NewLesson.yamlQuoted(sanitizer.replacement))
            }
        }
        if settings.trustHTML { lines.append("trust_html: true") }
        guard !lines.isEmpty else { return "" }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n"
    }

    /// Reads `text` back and checks that it holds exactly the notebook's cells, options and outputs.
    static func verify(_ text: String, against document: Document) throws(LessonError) {
        let path = document.path
        func refuse(_ message: String) -> LessonError {
            LessonError(path: path, diagnostics: [Diagnostic(file: path, line: 1, column: 1, kind: "ImportError", message: message)])
        }
        let lesson: Document
        do { lesson = try LessonParser.parse(text, path: path) } catch {
            let first = error.diagnostics.first.map { $0.message } ?? "it does not parse"
            throw refuse("the lesson made from this notebook would not be valid (\(first)); not imported")
        }
        guard lesson.frontMatter == document.frontMatter else {
            throw refuse("the notebook's settings do not survive as front matter; not imported")
        }
        let made = lesson.cells
        let wanted = document.cells
        guard made.count == wanted.count else {
            throw refuse(
                "its Markdown would change the lesson's cells (\(made.count) cells instead of \(wanted.count)): a markdown "
                    + "cell holds a ```micrograd or ```output block, or leaves a fence open; not imported")
        }
        for (mine, theirs) in zip(made, wanted)
        where mine.source != theirs.source || mine.options != theirs.options || mine.expected?.text != theirs.expected?.text {
            throw refuse("\(theirs.name) would not survive as a lesson cell; not imported")
        }
    }

    private static func uniqueNumbers(_ numbers: [Int]) -> [Int] {
        var seen: Set<Int> = []
        return numbers.filter { seen.insert($0).inserted }
    }
}
