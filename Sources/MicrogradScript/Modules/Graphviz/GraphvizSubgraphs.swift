extension GraphvizStatements {
    /// `subgraph(graph=None, name=None, comment=None, graph_attr=None, node_attr=None, edge_attr=None,
    /// body=None)`.
    ///
    /// With a graph, its lines are added as a subgraph, indented by a tab. Without one, the package returns a
    /// context manager for `with dot.subgraph(name='cluster_x') as c:`; the cell language has no `with`
    /// statement yet, so this returns the same object (`__enter__` gives the new subgraph, `__exit__` adds it),
    /// ready for when it does.
    func subgraph(_ arguments: Arguments) throws -> Object {
        let options = ["name", "comment", "graph_attr", "node_attr", "edge_attr", "body"]
        let signature = PythonSignature(
            name: "Dot.subgraph", parameters: ["graph"] + options, required: 0, positionalLimit: 1)
        let (named, _) = try signature.bind(arguments)
        guard let given = named["graph"], !Interpreter.isNone(given) else {
            let child = GraphvizGraph(type: graph.type, directed: graph.directed)
            var settings = named
            settings["strict"] = Object.none
            settings["format"] = .string(graph.format)
            settings["engine"] = .string(graph.engine)
            settings["encoding"] = graph.encoding
            settings["directory"] = graph.directory
            try child.configure(settings, rt)
            let contextType = rt.types.native("_GeneratorContextManager", module: "contextlib")
            return .native(GraphvizSubgraphContext(type: contextType, parent: graph, child: child))
        }
        for option in options {
            if let value = named[option], !Interpreter.isNone(value) {
                throw PyError.value("graph must be sole argument of subgraph()")
            }
        }
        guard case .native(let native) = given, let other = native as? GraphvizGraph else {
            throw PyError("AttributeError", "'\(rt.typeName(given))' object has no attribute 'directed'")
        }
        guard other.directed == graph.directed else {
            throw PyError.value(
                "\(try graph.repr(rt)) cannot add subgraph of different kind: \(try other.repr(rt))")
        }
        try append(try other.lines(rt, asSubgraph: true).map { "\t" + $0 })
        return .none
    }
}

/// What `dot.subgraph(name=…)` returns: the package's context manager, whose `__enter__` hands out a new
/// subgraph and whose `__exit__` adds it to the parent.
final class GraphvizSubgraphContext: NativeObject {
    private var parent: Object
    private var child: Object

    init(type: TypeObject, parent: GraphvizGraph, child: GraphvizGraph) {
        self.parent = .native(parent)
        self.child = .native(child)
        super.init(type: type)
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        unowned(unsafe) let rt = rt
        switch name {
        case "__enter__":
            return .builtin(BuiltinFunction("__enter__") { [child] arguments in
                try arguments.expect("__enter__", 0, 0)
                return child
            })
        case "__exit__":
            return .builtin(BuiltinFunction("__exit__") { [parent, child] arguments in
                try arguments.expect("__exit__", 0, 3)
                _ = try rt.callMethod(parent, "subgraph", Arguments([child]))
                return .bool(false)
            })
        default: return nil
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        parent.visitHeapObject(visit)
        child.visitHeapObject(visit)
    }

    override func clearReferences() {
        parent = .none
        child = .none
    }
}
