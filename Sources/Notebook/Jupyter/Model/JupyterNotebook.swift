/// A Jupyter notebook in nbformat 4, as Gradbook reads one: its cells, its metadata, and the JSON it came from.
public struct JupyterNotebook: Equatable, Sendable {
    /// The cells in order.
    public var cells: [JupyterCell]
    /// The notebook's `metadata` object (an empty object when it has none).
    public var metadata: JSONValue
    /// `nbformat_minor`: 5 and above give every cell an `id`.
    public var minor: Int
    /// The whole notebook as read, with byte ranges, for rewriting outputs in place.
    public var json: JSONValue

    /// Makes a notebook.
    public init(cells: [JupyterCell], metadata: JSONValue = .object([]), minor: Int = 5, json: JSONValue = .null) {
        self.cells = cells
        self.metadata = metadata
        self.minor = minor
        self.json = json
    }

    /// The notebook's `metadata.gradbook` object: the lesson settings a lesson keeps in its front matter.
    public var gradbookSettings: JSONValue? { metadata["gradbook"] }

    /// `metadata.title` when it is a non-empty string.
    public var metadataTitle: String? {
        guard let title = metadata["title"]?.stringValue, !title.isEmpty else { return nil }
        return title
    }
}

/// One cell of a notebook.
public struct JupyterCell: Equatable, Sendable {
    /// The three kinds of cell nbformat 4 knows.
    public enum Kind: String, Equatable, Sendable {
        case markdown, code, raw
    }

    /// What the cell holds.
    public var kind: Kind
    /// The cell's position in the notebook, from 1, counting every kind of cell: `demo.ipynb:cell 4`.
    public var number: Int
    /// The nbformat 4.5 `id`, when the cell has one.
    public var id: String?
    /// The source text, joined.
    public var source: String
    /// The cell's `metadata` object.
    public var metadata: JSONValue
    /// A code cell's `execution_count` (nil when it never ran, and for other cells).
    public var executionCount: Int?
    /// A code cell's stored outputs.
    public var outputs: [JupyterOutput]
    /// The cell as read, with byte ranges (null for a cell built in code).
    public var json: JSONValue

    /// Makes a cell.
    public init(
        kind: Kind, number: Int, id: String? = nil, source: String, metadata: JSONValue = .object([]),
        executionCount: Int? = nil, outputs: [JupyterOutput] = [], json: JSONValue = .null
    ) {
        self.kind = kind
        self.number = number
        self.id = id
        self.source = source
        self.metadata = metadata
        self.executionCount = executionCount
        self.outputs = outputs
        self.json = json
    }

    /// The cell's tags (`metadata.tags`), strings only, in order.
    public var tags: [String] {
        metadata["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}
