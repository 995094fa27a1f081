import MicrogradScript

/// A lesson after a run, as an nbformat 4.5 notebook: prose becomes markdown cells, cells become code cells with
/// their fresh outputs (`JupyterOutputMapping`), options become the tags Jupyter tools know, and the front
/// matter goes to `metadata.gradbook` (its title also to `metadata.title`).
///
/// The text is what nbformat writes for the same notebook (keys sorted, one space of indent, a final newline),
/// so exporting a lesson twice gives the same bytes, and Jupyter saving it unchanged changes nothing.
public enum JupyterExport {
    /// The notebook text of `run`.
    public static func notebook(_ run: RunResult, mapping: JupyterOutputMapping) -> String {
        let document = run.document
        var results: [Int: CellResult] = [:]
        for result in run.cells { results[result.cell.index] = result }
        var cells: [JSONValue] = []
        var executed = 0
        var ids = CellIDs()
        for block in document.blocks {
            switch block {
            case .prose(let prose):
                let text = trimmedBlankLines(prose.markdown)
                guard !text.isEmpty else { continue }
                cells.append(
                    .object([
                        JSONMember("cell_type", .string("markdown")), JSONMember("id", .string(ids.next(nil))),
                        JSONMember("metadata", .object([])), JSONMember("source", PythonLines.json(text)),
                    ]))
            case .cell(let cell):
                let result = results[cell.index]
                var count: Int?
                if result?.ran == true {
                    executed += 1
                    count = executed
                }
                let outputs = result.map {
                    mapping.outputs(for: $0.outputs, executionCount: count, lineOffset: document.firstLine(of: cell) - 1)
                } ?? []
                let source = cell.source.hasSuffix("\n") ? String(cell.source.dropLast()) : cell.source
                cells.append(
                    .object([
                        JSONMember("cell_type", .string("code")), JSONMember("execution_count", count.map(JSONValue.integer) ?? .null),
                        JSONMember("id", .string(ids.next(cell.notebookID))), JSONMember("metadata", metadata(of: cell.options)),
                        JSONMember("outputs", .array(outputs.map(\.json))), JSONMember("source", PythonLines.json(source)),
                    ]))
            }
        }
        let root = JSONValue.object([
            JSONMember("cells", .array(cells)), JSONMember("metadata", notebookMetadata(document)),
            JSONMember("nbformat", .integer(4)), JSONMember("nbformat_minor", .integer(5)),
        ])
        return JSONWriter.text(JSONWriter.sortingKeys(root)) + "\n"
    }

    /// A code cell's metadata: its options as tags (`hide-input`, `skip-execution`, `raises-exception`,
    /// `nbval-ignore-output`; nbval's own `nbval-skip` too), a collapsed input for `hide`, and
    /// `gradbook.budget` and `gradbook.tolerance`.
    static func metadata(of options: CellOptions) -> JSONValue {
        var tags: [String] = []
        if options.hide { tags.append(JupyterCellOptions.hideTags[0]) }
        if options.skip { tags += JupyterCellOptions.skipTags }
        if options.expectError { tags.append(JupyterCellOptions.expectErrorTags[0]) }
        if options.ignoreOutput { tags.append(JupyterCellOptions.ignoreOutputTags[0]) }
        var members: [JSONMember] = []
        if !tags.isEmpty { members.append(JSONMember("tags", .array(tags.map(JSONValue.string)))) }
        if options.hide { members.append(JSONMember("jupyter", .object([JSONMember("source_hidden", JSONValue(.bool(true)))]))) }
        var settings: [JSONMember] = []
        if let budget = options.budget { settings.append(JSONMember("budget", .integer(budget))) }
        if let tolerance = options.tolerance { settings.append(JSONMember("tolerance", number(tolerance))) }
        if !settings.isEmpty { members.append(JSONMember("gradbook", .object(settings))) }
        return .object(members)
    }

    /// The notebook's metadata: a Python kernel (so Jupyter, VS Code and Colab open it as Python), the title,
    /// and the front matter under `gradbook`.
    static func notebookMetadata(_ document: Document) -> JSONValue {
        let front = document.frontMatter
        var settings: [JSONMember] = []
        if let title = front.title { settings.append(JSONMember("title", .string(title))) }
        if let summary = front.summary { settings.append(JSONMember("summary", .string(summary))) }
        if let seed = front.seed { settings.append(JSONMember("seed", .integer(seed))) }
        if let tolerance = front.tolerance { settings.append(JSONMember("tolerance", number(tolerance))) }
        if let budget = front.budget { settings.append(JSONMember("budget", .integer(budget))) }
        if let limit = front.graphLimit { settings.append(JSONMember("graph_limit", .integer(limit))) }
        if !front.sanitize.isEmpty {
            let list = front.sanitize.map { sanitizer -> JSONValue in
                .object([JSONMember("regex", .string(sanitizer.pattern)), JSONMember("replace", .string(sanitizer.replacement))])
            }
            settings.append(JSONMember("sanitize", .array(list)))
        }
        if front.trustHTML { settings.append(JSONMember("trust_html", JSONValue(.bool(true)))) }
        var members = [
            JSONMember(
                "kernelspec",
                .object([
                    JSONMember("display_name", .string("Python 3")), JSONMember("language", .string("python")),
                    JSONMember("name", .string("python3")),
                ])),
            JSONMember("language_info", .object([JSONMember("name", .string("python"))])),
        ]
        if !settings.isEmpty { members.append(JSONMember("gradbook", .object(settings))) }
        if let title = document.title { members.append(JSONMember("title", .string(title))) }
        return .object(members)
    }

    /// A finite number as JSON: Swift's shortest spelling, which JSON and Python read back exactly.
    static func number(_ value: Double) -> JSONValue {
        JSONValue(.number(value.isFinite ? "\(value)" : "0"))
    }

    /// `text` without blank lines at its start and end, ending without a newline (as Jupyter stores a cell).
    static func trimmedBlankLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Cell ids: a notebook's own where it had them, else `cell-1`, `cell-2`, … by position, never one twice.
    struct CellIDs {
        private var used: Set<String> = []
        private var position = 0

        /// The id of the next cell: `own` when it has one not yet used, else one by position.
        mutating func next(_ own: String?) -> String {
            position += 1
            if let own, used.insert(own).inserted { return own }
            var candidate = "cell-\(position)"
            var suffix = 2
            while !used.insert(candidate).inserted {
                candidate = "cell-\(position)-\(suffix)"
                suffix += 1
            }
            return candidate
        }
    }
}
