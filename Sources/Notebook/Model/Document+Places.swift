import MicrogradScript

extension Document {
    /// The file that positions inside `cell` count in: the lesson's path, or `path:cell N` for a notebook's cell,
    /// so that `file:line:col` reads `demo.ipynb:cell 4:2:5`, as ruff and other notebook tools write it.
    public func file(of cell: Cell) -> String {
        guard let number = cell.notebookCell else { return path }
        return "\(path):cell \(number)"
    }

    /// The line of `cell`'s first source line in `file(of:)`: the line after the fence, or 1 in a notebook.
    public func firstLine(of cell: Cell) -> Int {
        cell.notebookCell == nil ? cell.line : 1
    }

    /// Where a report about `cell` points: `path:line` of its opening fence, or `path:cell N`.
    public func place(of cell: Cell) -> String {
        cell.notebookCell == nil ? "\(path):\(cell.fenceLine)" : file(of: cell)
    }

    /// The text whose lines `diagnostic` counts, for quoting the line it names: the lesson's own text, or the
    /// source of the notebook cell it names.
    public func quotedText(for diagnostic: Diagnostic) -> String? {
        guard format == .notebook else { return source }
        return cells.first { file(of: $0) == diagnostic.file }?.source
    }
}
