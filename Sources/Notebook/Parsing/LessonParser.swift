import Foundation
import MicrogradScript

/// Reads a lesson file into a `Document`: front matter, prose, cells and their expected outputs.
///
/// Cells are top-level fenced blocks whose info string starts with `micrograd`; a ```` ```output ```` block
/// directly after one (only blank lines between) is its expected output. Every problem found is reported at
/// once, each with its file position.
public enum LessonParser {
    /// Reads and parses the file at `path`: a Jupyter notebook when its name ends in `.ipynb`, else Markdown.
    public static func load(path: String) throws(LessonError) -> Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            let diagnostic = Diagnostic(file: path, line: 1, column: 1, kind: "IOError", message: "cannot read the lesson file")
            throw LessonError(path: path, diagnostics: [diagnostic])
        }
        if isNotebook(path) { return try JupyterLesson.document(bytes: [UInt8](data), path: path) }
        return try parse(bytes: [UInt8](data), path: path)
    }

    /// True for a Jupyter notebook's file name (`.ipynb`).
    public static func isNotebook(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".ipynb")
    }

    /// Parses a lesson's bytes, refusing invalid UTF-8 and NUL bytes.
    public static func parse(bytes: [UInt8], path: String) throws(LessonError) -> Document {
        switch TextDecoding.decode(bytes, path: path) {
        case .success(let text): return try parse(text, path: path)
        case .failure(let diagnostic): throw LessonError(path: path, diagnostics: [diagnostic])
        }
    }

    /// Parses a lesson's text; `path` is only used in diagnostics.
    public static func parse(_ text: String, path: String) throws(LessonError) -> Document {
        if let nul = text.unicodeScalars.firstIndex(of: "\0") {
            let prefix = text.unicodeScalars[..<nul]
            let line = prefix.filter { $0 == "\n" }.count + 1
            let diagnostic = Diagnostic(
                file: path, line: line, column: 1, kind: "EncodingError", message: "the lesson contains a NUL byte")
            throw LessonError(path: path, diagnostics: [diagnostic], source: nil)
        }
        let lines = SourceLines(text)
        var diagnostics: [Diagnostic] = []
        var frontMatter = FrontMatter()
        var bodyStart = 1
        switch FrontMatterSplitter.split(lines, path: path) {
        case .none:
            break
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            bodyStart = lines.count + 1
        case .found(let yaml, let yamlStart, let closingLine):
            bodyStart = closingLine + 1
            switch FrontMatterReader.read(yaml, firstLine: yamlStart, path: path) {
            case .success(let read): frontMatter = read
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        let markdown = String(repeating: "\n", count: bodyStart - 1) + lines.text(from: bodyStart, through: lines.count)
        var assembler = BlockAssembler(lines: lines, path: path)
        assembler.assemble(Cmark.parse(markdown), bodyStart: bodyStart)
        diagnostics += assembler.diagnostics
        guard diagnostics.isEmpty else {
            throw LessonError(path: path, diagnostics: diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }, source: text)
        }
        return Document(path: path, source: text, frontMatter: frontMatter, blocks: assembler.blocks)
    }
}
