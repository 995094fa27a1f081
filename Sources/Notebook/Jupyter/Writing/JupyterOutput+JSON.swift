extension JupyterOutput {
    /// The output as nbformat 4 writes it: keys sorted, text split into lines (`text/*` and `image/svg+xml`
    /// representations, stream text), an empty `metadata` for displays and results.
    public var json: JSONValue {
        switch self {
        case .stream(let name, let text):
            return .object([
                JSONMember("name", .string(name)), JSONMember("output_type", .string("stream")),
                JSONMember("text", PythonLines.json(text)),
            ])
        case .displayData(let data, let metadata):
            return .object([
                JSONMember("data", Self.bundle(data)), JSONMember("metadata", metadata),
                JSONMember("output_type", .string("display_data")),
            ])
        case .executeResult(let data, let count, let metadata):
            return .object([
                JSONMember("data", Self.bundle(data)), JSONMember("execution_count", count.map(JSONValue.integer) ?? .null),
                JSONMember("metadata", metadata), JSONMember("output_type", .string("execute_result")),
            ])
        case .error(let name, let value, let traceback):
            return .object([
                JSONMember("ename", .string(name)), JSONMember("evalue", .string(value)),
                JSONMember("output_type", .string("error")), JSONMember("traceback", .array(traceback.map(JSONValue.string))),
            ])
        }
    }

    /// A MIME bundle with its keys sorted and its text representations split into lines, as nbformat does.
    private static func bundle(_ data: [JSONMember]) -> JSONValue {
        let members = data.map { member -> JSONMember in
            guard let text = member.value.stringValue, member.key.hasPrefix("text/") || splitTypes.contains(member.key)
            else { return member }
            return JSONMember(member.key, PythonLines.json(text))
        }
        return JSONWriter.sortingKeys(.object(members))
    }

    /// Besides `text/*`, the types nbformat splits into lines.
    private static let splitTypes: Set<String> = ["application/javascript", "image/svg+xml"]
}
