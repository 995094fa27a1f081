/// A `graphviz.Digraph` or `graphviz.Graph`: DOT source assembled by method calls, as the Python package
/// (0.20.3) does it. Its fields are the package's public attributes and may be read and replaced as in Python
/// (`dot.graph_attr['rankdir'] = 'LR'`, `dot.body.append(…)`); `source` is assembled from them on demand.
///
/// A lesson cannot render, save or view it (those would write files or run programs): it is drawn, as inline
/// SVG on the lesson's page, when it is a cell's value or passed to `display()`.
final class GraphvizGraph: NativeObject {
    /// `Digraph` (`->` edges) or `Graph` (`--` edges).
    let directed: Bool
    /// `name`: the DOT ID after `digraph`, or `None`.
    var name: Object = .none
    /// `comment`: written as a `//` line above the graph when truthy.
    var comment: Object = .none
    /// `graph_attr`, `node_attr`, `edge_attr`: dicts, written (sorted) as `graph […]`, `node […]`, `edge […]`.
    var graphAttributes: Object
    var nodeAttributes: Object
    var edgeAttributes: Object
    /// `body`: the statement lines, each ending with a newline.
    var body: Object
    /// `strict`: writes `strict digraph`.
    var strict: Object = .bool(false)
    /// `format` and `engine`, lower-cased and checked when set.
    var format = "pdf"
    var engine = "dot"
    /// `filename`, `directory`, `encoding`, `renderer`, `formatter`: kept for reading back, never used.
    var filename: Object = .none
    var directory: Object = .string("")
    var encoding: Object = .string("utf-8")
    var renderer: Object = .none
    var formatter: Object = .none
    /// Attributes a lesson added of its own (`dot.my_note = …`), by name.
    var extras: [String: Object] = [:]

    init(type: TypeObject, directed: Bool) {
        self.directed = directed
        graphAttributes = .dict(DictObject())
        nodeAttributes = .dict(DictObject())
        edgeAttributes = .dict(DictObject())
        body = .list(ListObject([]))
        super.init(type: type)
    }

    /// The Python class name, `Digraph` or `Graph`.
    var className: String { directed ? "Digraph" : "Graph" }

    /// The held objects, for the collector.
    private var held: [Object] {
        [name, comment, graphAttributes, nodeAttributes, edgeAttributes, body, strict, filename, directory, encoding,
         renderer, formatter] + extras.keys.sorted().compactMap { extras[$0] }
    }

    override func traverse(_ visit: (HeapObject) -> Void) { held.visitHeapObjects(visit) }

    override func clearReferences() {
        name = .none
        comment = .none
        graphAttributes = .none
        nodeAttributes = .none
        edgeAttributes = .none
        body = .none
        strict = .none
        filename = .none
        directory = .none
        encoding = .none
        renderer = .none
        formatter = .none
        extras = [:]
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? { try lookUp(name, rt) }

    override func setAttribute(_ name: String, _ value: Object, _ rt: Interpreter) throws -> Bool {
        try assign(name, value, rt)
        return true
    }

    override func str(_ rt: Interpreter) throws -> String { try source(rt) }

    override func elements(_ rt: Interpreter) throws -> [Object]? {
        try lines(rt, asSubgraph: false).map { .string($0) }
    }

    override func richOutput(_ rt: Interpreter) throws -> Output? {
        for attributes in [graphAttributes, nodeAttributes, edgeAttributes] {
            guard case .dict(let dict) = attributes else { continue }
            for (key, value) in dict.entries {
                if case .string(let key) = key, case .string(let value) = value {
                    try GraphvizStatements.checkPolicy(name: key, value: value)
                }
            }
        }
        let text = "<\(type.module).\(type.name) at \(rt.address(of: self))>"
        return .dot(DOTGraph(source: try source(rt), engine: engine, plainText: text))
    }

    /// A new graph of the same kind with copies of the attribute dicts and the body (`dot.copy()`).
    func copy(_ rt: Interpreter) throws -> GraphvizGraph {
        let made = GraphvizGraph(type: type, directed: directed)
        made.name = name
        made.comment = comment
        made.graphAttributes = try Self.copied(graphAttributes, rt)
        made.nodeAttributes = try Self.copied(nodeAttributes, rt)
        made.edgeAttributes = try Self.copied(edgeAttributes, rt)
        made.body = .list(ListObject(try rt.elements(of: body)))
        made.strict = strict
        made.format = format
        made.engine = engine
        made.filename = filename
        made.directory = directory
        made.encoding = encoding
        made.renderer = renderer
        made.formatter = formatter
        return made
    }

    /// `dict(mapping)`: a fresh dict with the entries of a dict, or of an iterable of pairs.
    static func copied(_ mapping: Object, _ rt: Interpreter) throws -> Object {
        let made = DictObject()
        if case .dict(let dict) = mapping {
            for (key, value) in dict.entries { try made.set(key, value, rt) }
        } else {
            for item in try rt.elements(of: mapping) {
                let (key, value) = try GraphvizAttributeList.pair(item, rt)
                try made.set(key, value, rt)
            }
        }
        return .dict(made)
    }
}
