extension GraphvizGraph {
    /// `Digraph(name=None, comment=None, filename=None, directory=None, format=None, engine=None,
    /// encoding='utf-8', graph_attr=None, node_attr=None, edge_attr=None, body=None, strict=False, *,
    /// renderer=None, formatter=None)`, as the package's `BaseGraph.__init__` takes it.
    static func construct(type: TypeObject, directed: Bool, _ arguments: Arguments, _ rt: Interpreter) throws
        -> GraphvizGraph
    {
        let signature = PythonSignature(
            name: "BaseGraph.__init__",
            parameters: [
                "name", "comment", "filename", "directory", "format", "engine", "encoding", "graph_attr", "node_attr",
                "edge_attr", "body", "strict", "renderer", "formatter",
            ],
            required: 0, positionalLimit: 12)
        let (named, _) = try signature.bind(arguments)
        let graph = GraphvizGraph(type: type, directed: directed)
        try graph.configure(named, rt)
        return graph
    }

    /// Sets the fields from constructor arguments (missing ones keep their defaults).
    func configure(_ named: [String: Object], _ rt: Interpreter) throws {
        func given(_ key: String) -> Object? {
            guard let value = named[key], !Interpreter.isNone(value) else { return nil }
            return value
        }
        name = named["name"] ?? .none
        comment = named["comment"] ?? .none
        if let filename = given("filename") {
            self.filename = filename
        } else if let name = given("name") {
            filename = .string(try rt.str(name) + ".gv")
        }
        if let directory = given("directory") { self.directory = directory }
        if let format = given("format") {
            self.format = try GraphvizParameters.verified(format, "format", known: GraphvizParameters.formats, rt)
        }
        if let engine = given("engine") {
            self.engine = try GraphvizParameters.verified(engine, "engine", known: GraphvizParameters.engines, rt)
        }
        if let encoding = named["encoding"] { self.encoding = encoding }
        graphAttributes = try attributes(given("graph_attr"), rt)
        nodeAttributes = try attributes(given("node_attr"), rt)
        edgeAttributes = try attributes(given("edge_attr"), rt)
        body = .list(ListObject(try given("body").map { try rt.elements(of: $0) } ?? []))
        if let strict = named["strict"] { self.strict = strict }
        renderer = named["renderer"] ?? .none
        formatter = named["formatter"] ?? .none
    }

    /// A copy of an attribute mapping given to the constructor (or an empty dict), its entries checked against
    /// `GraphvizAttributePolicy`.
    private func attributes(_ mapping: Object?, _ rt: Interpreter) throws -> Object {
        guard let mapping else { return .dict(DictObject()) }
        let copy = try Self.copied(mapping, rt)
        if case .dict(let dict) = copy {
            for case (.string(let key), .string(let value)) in dict.entries {
                try GraphvizStatements.checkPolicy(name: key, value: value)
            }
        }
        return copy
    }
}
