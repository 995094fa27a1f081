import Foundation
import MicrogradScript

/// A Jupyter notebook read as a lesson: markdown cells become prose, code cells become cells whose expected
/// output is the text of their stored outputs, and the notebook's `metadata.gradbook` plays the front matter.
///
/// Cells keep their place in the notebook (`cell.notebookCell`), so every position names the cell and the line
/// inside it. Raw cells are neither shown nor run.
public enum JupyterLesson {
    /// The lesson in the notebook file whose bytes are `bytes`.
    public static func document(bytes: [UInt8], path: String) throws(LessonError) -> Document {
        let notebook = try JupyterReader.read(bytes, path: path)
        let context = ReadingContext(bytes: bytes, path: path)
        var frontMatter = try JupyterSettings.frontMatter(notebook.gradbookSettings, context: context)
        var blocks: [Block] = []
        var index = 0
        for cell in notebook.cells {
            switch cell.kind {
            case .markdown:
                guard cell.source.contains(where: { !$0.isWhitespace }) else { continue }
                blocks.append(.prose(Prose(markdown: withFinalNewline(unixLines(cell.source)), line: 1)))
            case .code:
                let expected = JupyterOutputText.expected(cell.outputs).map {
                    ExpectedOutput(text: $0, fenceLine: 0, closingFenceLine: 0)
                }
                let options = try JupyterCellOptions.options(for: cell, context: context)
                blocks.append(
                    .cell(
                        Cell(
                            index: index, source: cell.source.isEmpty ? "" : withFinalNewline(unixLines(cell.source)),
                            options: options, fenceLine: 0, closingFenceLine: 0, expected: expected,
                            notebookCell: cell.number, notebookID: cell.id)))
                index += 1
            case .raw:
                continue
            }
        }
        if frontMatter.title == nil { frontMatter.title = notebook.metadataTitle ?? firstHeading(notebook) }
        return Document(
            path: path, source: String(decoding: bytes, as: UTF8.self), frontMatter: frontMatter, blocks: blocks,
            format: .notebook)
    }

    /// The text of the notebook's first heading, of any level: the title `import` writes.
    public static func firstHeading(_ notebook: JupyterNotebook) -> String? {
        for cell in notebook.cells where cell.kind == .markdown {
            if let heading = Cmark.headings(in: cell.source).first {
                let text = heading.text.trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }

    /// `text` with Windows line ends (`\r\n`) made `\n`, as a lesson's Markdown reads them.
    static func unixLines(_ text: String) -> String {
        text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// `text` ending with a newline, as a lesson's prose and cell sources do.
    static func withFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }
}
