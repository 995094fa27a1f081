/// Reads one cell object of a notebook, and the outputs of a code cell.
enum JupyterCellReader {
    /// The cell in `value`, the notebook's cell `number` (from 1).
    static func read(_ value: JSONValue, number: Int, context: ReadingContext) throws(LessonError) -> JupyterCell {
        let name = "cell \(number)"
        guard value.objectValue != nil else { throw context.error("\(name) must be an object, not \(value.typeName)", at: value) }
        let typeName = try context.string(value, "cell_type", name: name)
        guard let kind = JupyterCell.Kind(rawValue: typeName) else {
            throw context.error("\(name) has the unknown cell_type '\(typeName)' (known: markdown, code, raw)", at: value["cell_type"])
        }
        let source = try context.multilineString(value, "source", name: name)
        guard source.utf8.count <= JupyterReader.maximumCellBytes else {
            throw context.error(
                "\(name) holds \(ByteSize.describe(source.utf8.count)) of source, more than the "
                    + "\(ByteSize.describe(JupyterReader.maximumCellBytes)) a cell may hold", at: value["source"])
        }
        if source.unicodeScalars.contains("\0") {
            throw context.error("\(name)'s source contains a NUL character (\\u0000)", at: value["source"])
        }
        var id: String?
        if let idValue = value["id"] {
            guard let text = idValue.stringValue, !text.isEmpty else {
                throw context.error("\(name)'s 'id' must be a non-empty string", at: idValue)
            }
            id = text
        }
        let metadata = try context.object(value, "metadata", optional: true, name: name) ?? .object([])
        guard kind == .code else {
            return JupyterCell(kind: kind, number: number, id: id, source: source, metadata: metadata, json: value)
        }
        var executionCount: Int?
        if let count = value["execution_count"], count.kind != .null {
            guard let number = count.integerValue else {
                throw context.error("\(name)'s 'execution_count' must be a whole number or null", at: count)
            }
            executionCount = number
        }
        guard let outputValues = try context.array(value, "outputs", name: name) else {
            throw context.error("\(name) has no 'outputs'", at: value)
        }
        var outputs: [JupyterOutput] = []
        var storedText = 0
        for output in outputValues {
            let read = try readOutput(output, cell: name, context: context)
            storedText += JupyterOutputText.text(of: read)?.count ?? 0
            guard storedText <= JupyterReader.maximumOutputCharacters else {
                throw context.error(
                    "\(name)'s stored outputs hold more than \(JupyterReader.maximumOutputCharacters) characters of text, "
                        + "more than a cell may print; clear its output in Jupyter", at: output)
            }
            outputs.append(read)
        }
        return JupyterCell(
            kind: kind, number: number, id: id, source: source, metadata: metadata, executionCount: executionCount,
            outputs: outputs, json: value)
    }

    private static func readOutput(_ value: JSONValue, cell: String, context: ReadingContext) throws(LessonError) -> JupyterOutput {
        let name = "an output of \(cell)"
        guard value.objectValue != nil else { throw context.error("\(name) must be an object, not \(value.typeName)", at: value) }
        let type = try context.string(value, "output_type", name: name)
        switch type {
        case "stream":
            let stream = try context.string(value, "name", name: name)
            return .stream(name: stream, text: try context.multilineString(value, "text", name: name))
        case "display_data", "execute_result":
            guard let data = try context.object(value, "data", name: name)?.objectValue else {
                throw context.error("\(name) has no 'data'", at: value)
            }
            for member in data where member.key.hasPrefix("text/") && member.value.multilineString == nil {
                throw context.error("'\(member.key)' in \(name) must be a string or an array of strings", at: member.value)
            }
            let metadata = try context.object(value, "metadata", optional: true, name: name) ?? .object([])
            if type == "display_data" { return .displayData(data: data, metadata: metadata) }
            return .executeResult(data: data, executionCount: value["execution_count"]?.integerValue, metadata: metadata)
        case "error":
            let traceback = value["traceback"]?.arrayValue?.compactMap(\.stringValue) ?? []
            return .error(
                name: try context.string(value, "ename", name: name), value: try context.string(value, "evalue", name: name),
                traceback: traceback)
        default:
            throw context.error(
                "\(name) has the unknown output_type '\(type)' (known: stream, display_data, execute_result, error)",
                at: value["output_type"])
        }
    }
}
