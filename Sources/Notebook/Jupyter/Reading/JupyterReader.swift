import MicrogradScript

/// Reads an `.ipynb` file into a `JupyterNotebook`, or says in one clear diagnostic what is wrong with it.
///
/// Every problem names the file and, when it can, the place in the JSON (line and column) and the cell:
/// text that is not JSON, an nbformat other than 4, a missing or mistyped key, a NUL character in a cell, a cell
/// or stored output too large to be a lesson's, and two cells with one `id`. Nothing is ever written.
public enum JupyterReader {
    /// The largest notebook file read (pictures can make honest notebooks large).
    public static let maximumFileBytes = 256 << 20
    /// The largest source one cell may hold, in UTF-8 bytes.
    public static let maximumCellBytes = 1 << 20
    /// The most stored text one code cell may hold: what a cell may print (`Limits.outputCharacters`).
    public static let maximumOutputCharacters = Limits().outputCharacters

    /// Reads and checks the notebook in `bytes`; `path` names it in diagnostics.
    public static func read(_ bytes: [UInt8], path: String) throws(LessonError) -> JupyterNotebook {
        let context = ReadingContext(bytes: bytes, path: path)
        guard bytes.count <= maximumFileBytes else {
            throw context.error("the notebook is \(ByteSize.describe(bytes.count)), more than the \(ByteSize.describe(maximumFileBytes)) Gradbook reads")
        }
        let root: JSONValue
        do {
            root = try JSONReader.read(bytes)
        } catch {
            throw LessonError(
                path: path,
                diagnostics: [
                    Diagnostic(file: path, line: error.line, column: error.column, kind: "NotebookError", message: "not JSON: \(error.message)")
                ],
                source: String(decoding: bytes, as: UTF8.self))
        }
        guard root.objectValue != nil else { throw context.error("a notebook is a JSON object, not \(root.typeName)", at: root) }
        try checkFormat(root, context: context)
        let metadata = try context.object(root, "metadata", optional: true) ?? .object([])
        guard let cellValues = try context.array(root, "cells") else { throw context.error("the notebook has no 'cells'", at: root) }
        var cells: [JupyterCell] = []
        var idOwners: [String: Int] = [:]
        for (offset, value) in cellValues.enumerated() {
            let cell = try JupyterCellReader.read(value, number: offset + 1, context: context)
            if let id = cell.id {
                if let owner = idOwners[id] {
                    throw context.error("cell \(cell.number) has the id '\(id)', which cell \(owner) has too; cell ids must be unique", at: value["id"] ?? value)
                }
                idOwners[id] = cell.number
            }
            cells.append(cell)
        }
        let minor = root["nbformat_minor"]?.integerValue ?? 0
        return JupyterNotebook(cells: cells, metadata: metadata, minor: minor, json: root)
    }

    /// Refuses anything but nbformat 4, saying how to convert an older notebook.
    private static func checkFormat(_ root: JSONValue, context: ReadingContext) throws(LessonError) {
        guard let format = root["nbformat"] else {
            throw context.error("this is not a Jupyter notebook: it has no 'nbformat'", at: root)
        }
        guard let version = format.integerValue else {
            throw context.error("'nbformat' must be a whole number, not \(format.typeName)", at: format)
        }
        if version < 4 {
            throw context.error(
                "this is an nbformat \(version) notebook; Gradbook reads nbformat 4 (convert it with "
                    + "`jupyter nbconvert --to notebook --nbformat 4`, or open and save it in Jupyter)", at: format)
        }
        if version > 4 {
            throw context.error("this is an nbformat \(version) notebook; Gradbook reads nbformat 4", at: format)
        }
    }
}

/// `12.3 MB`, `512 KB`, `10 bytes`: sizes in messages.
enum ByteSize {
    /// `bytes` in the largest unit that is at least 1.
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(Double(bytes * 10 / (1 << 20)) / 10) + " MB" }
        if bytes >= 1 << 10 { return "\(bytes / (1 << 10)) KB" }
        return "\(bytes) byte\(bytes == 1 ? "" : "s")"
    }
}
