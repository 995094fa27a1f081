extension GraphvizGraph {
    /// `dot.name`: a data attribute, one the lesson added, or a method.
    func lookUp(_ name: String, _ rt: Interpreter) throws -> Object? {
        if let field = field(name) { return field }
        if let extra = extras[name] { return extra }
        if let method = try method(name, rt) { return method }
        return nil
    }

    /// `dot.name = value`: `format` and `engine` are checked, properties and methods cannot be replaced, and
    /// any other name becomes the lesson's own attribute.
    func assign(_ name: String, _ value: Object, _ rt: Interpreter) throws {
        switch name {
        case "name": self.name = value
        case "comment": comment = value
        case "graph_attr": graphAttributes = value
        case "node_attr": nodeAttributes = value
        case "edge_attr": edgeAttributes = value
        case "body": body = value
        case "strict": strict = value
        case "format": format = try GraphvizParameters.verified(value, "format", known: GraphvizParameters.formats, rt)
        case "engine": engine = try GraphvizParameters.verified(value, "engine", known: GraphvizParameters.engines, rt)
        case "filename": filename = value
        case "directory": directory = value
        case "encoding": encoding = value
        case "renderer": renderer = value
        case "formatter": formatter = value
        case "source", "directed":
            throw PyError("AttributeError", "property '\(name)' of '\(className)' object has no setter")
        default:
            guard try method(name, rt) == nil else {
                throw PyError("AttributeError", "'\(className)' object attribute '\(name)' is read-only")
            }
            extras[name] = value
        }
    }

    /// The data attribute `name`, if it is one.
    private func field(_ name: String) -> Object? {
        switch name {
        case "name": return self.name
        case "comment": return comment
        case "graph_attr": return graphAttributes
        case "node_attr": return nodeAttributes
        case "edge_attr": return edgeAttributes
        case "body": return body
        case "strict": return strict
        case "format": return .string(format)
        case "engine": return .string(engine)
        case "filename": return filename
        case "directory": return directory
        case "encoding": return encoding
        case "renderer": return renderer
        case "formatter": return formatter
        case "directed": return .bool(directed)
        default: return nil
        }
    }

    /// The bound method `name`, if the class has one.
    private func method(_ name: String, _ rt: Interpreter) throws -> Object? {
        unowned(unsafe) let rt = rt
        func bound(_ body: @escaping (Arguments) throws -> Object) -> Object {
            .builtin(BuiltinFunction("\(className).\(name)", body))
        }
        if GraphvizParameters.refusedMethods.contains(name) {
            return bound { _ in throw GraphvizParameters.refusedMethod(name) }
        }
        let statements = GraphvizStatements(graph: self, rt: rt)
        switch name {
        case "source": return .string(try source(rt))
        case "node": return bound { try statements.node($0) }
        case "edge": return bound { try statements.edge($0) }
        case "edges": return bound { try statements.edges($0) }
        case "attr": return bound { try statements.attr($0) }
        case "subgraph": return bound { try statements.subgraph($0) }
        case "clear": return bound { try statements.clear($0) }
        case "copy":
            return bound { args in
                try args.expect("copy", 0, 0)
                return .native(try self.copy(rt))
            }
        default: return nil
        }
    }
}
