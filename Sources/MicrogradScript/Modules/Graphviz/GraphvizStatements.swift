import Micrograd

/// The methods that add statements to a graph's body (`node`, `edge`, `edges`, `attr`, `subgraph`) or empty
/// it (`clear`), with the package's signatures, lines and errors.
///
/// Each attribute a lesson sets passes `GraphvizAttributePolicy` (a refused one is a `ValueError` naming it), and
/// a body may hold at most `Limits.graphStatements` lines (a Gradbook limit, which `except` cannot catch).
struct GraphvizStatements {
    unowned(unsafe) let graph: GraphvizGraph
    unowned(unsafe) let rt: Interpreter

    /// `node(name, label=None, _attributes=None, **attrs)`.
    func node(_ arguments: Arguments) throws -> Object {
        let signature = PythonSignature(
            name: "Dot.node", parameters: ["name", "label", "_attributes"], required: 1, collectsKeywords: true)
        let (named, extra) = try signature.bind(arguments)
        let name = try GraphvizAttributeList.string(named["name"] ?? .none, rt)
        if DOTQuoting.isHTML(name) { try Self.checkPolicy(name: "name", value: name) }
        let list = try attributeList(label: named["label"], extra, named["_attributes"])
        try append(["\t" + DOTQuoting.quote(name) + list + "\n"])
        return .none
    }

    /// `edge(tail_name, head_name, label=None, _attributes=None, **attrs)`.
    func edge(_ arguments: Arguments) throws -> Object {
        let signature = PythonSignature(
            name: "Dot.edge", parameters: ["tail_name", "head_name", "label", "_attributes"], required: 2,
            collectsKeywords: true)
        let (named, extra) = try signature.bind(arguments)
        let tail = try endpoint(named["tail_name"] ?? .none)
        let head = try endpoint(named["head_name"] ?? .none)
        let list = try attributeList(label: named["label"], extra, named["_attributes"])
        try append(["\t" + tail + connector + head + list + "\n"])
        return .none
    }

    /// `edges(tail_head_iter)`: one plain edge per `(tail, head)` pair.
    func edges(_ arguments: Arguments) throws -> Object {
        let signature = PythonSignature(name: "Dot.edges", parameters: ["tail_head_iter"], required: 1)
        let (named, _) = try signature.bind(arguments)
        var lines: [String] = []
        for item in try rt.elements(of: named["tail_head_iter"] ?? .none) {
            let (tail, head) = try GraphvizAttributeList.pair(item, rt)
            lines.append("\t" + (try endpoint(tail)) + connector + (try endpoint(head)) + "\n")
            try checkCount(adding: lines.count)
        }
        try append(lines)
        return .none
    }

    /// `attr(kw=None, _attributes=None, **attrs)`: `\tnode [shape=box]`, or `\trankdir=LR` with no `kw`.
    func attr(_ arguments: Arguments) throws -> Object {
        let signature = PythonSignature(
            name: "Dot.attr", parameters: ["kw", "_attributes"], required: 0, collectsKeywords: true)
        let (named, extra) = try signature.bind(arguments)
        let target = named["kw"] ?? .none
        if !Interpreter.isNone(target) {
            guard case .string(let text) = target else {
                throw PyError("AttributeError", "'\(rt.typeName(target))' object has no attribute 'lower'")
            }
            guard ["graph", "node", "edge"].contains(text.lowercased()) else {
                throw PyError.value("attr statement must target graph, node, or edge: \(try rt.repr(target))")
            }
        }
        let attributes = named["_attributes"]
        let given = try !extra.isEmpty || (attributes.map { try rt.truth($0) } ?? false)
        guard given else { return .none }
        let keywords = try GraphvizAttributeList.keywordDict(extra, rt)
        if case .string(let kw) = target {
            let list = try GraphvizAttributeList.attrList(
                label: nil, keywords: keywords, attributes: attributes, checked: true, rt)
            try append(["\t" + kw + list + "\n"])
        } else {
            let list = try GraphvizAttributeList.aList(
                label: nil, keywords: keywords, attributes: attributes, checked: true, rt)
            try append(["\t" + list + "\n"])
        }
        return .none
    }

    /// `clear(keep_attrs=False)`.
    func clear(_ arguments: Arguments) throws -> Object {
        let signature = PythonSignature(name: "Dot.clear", parameters: ["keep_attrs"], required: 0)
        let (named, _) = try signature.bind(arguments)
        if !(try rt.truth(named["keep_attrs"] ?? .bool(false))) {
            for attributes in [graph.graphAttributes, graph.nodeAttributes, graph.edgeAttributes] {
                _ = try rt.callMethod(attributes, "clear", Arguments([]))
            }
        }
        _ = try rt.callMethod(graph.body, "clear", Arguments([]))
        return .none
    }

    /// `->` in a digraph, `--` in a graph.
    var connector: String { graph.directed ? " -> " : " -- " }

    /// A quoted `node[:port[:compass]]`, its node checked when it is HTML-like.
    private func endpoint(_ object: Object) throws -> String {
        let text = try GraphvizAttributeList.string(object, rt)
        if DOTQuoting.isHTML(text) { try Self.checkPolicy(name: "name", value: text) }
        return DOTQuoting.quoteEdge(text)
    }

    private func attributeList(label: Object?, _ extra: [(name: String, value: Object)], _ attributes: Object?) throws
        -> String
    {
        let keywords = try GraphvizAttributeList.keywordDict(extra, rt)
        return try GraphvizAttributeList.attrList(
            label: label, keywords: keywords, attributes: attributes, checked: true, rt)
    }

    /// Appends `lines` to the body (`body.append`/`body +=` in the package: the body may be any list).
    func append(_ lines: [String]) throws {
        try checkCount(adding: lines.count)
        guard case .list(let list) = graph.body else {
            for line in lines { _ = try rt.callMethod(graph.body, "append", Arguments([.string(line)])) }
            return
        }
        list.items.append(contentsOf: lines.map { .string($0) })
    }

    /// Fails when the body would grow past `Limits.graphStatements` lines.
    func checkCount(adding count: Int) throws {
        let limit = rt.limits.graphStatements
        let existing = (try? rt.length(of: graph.body)) ?? 0
        if existing + count > limit {
            throw PyError(
                limit: "MemoryError", "a graph may hold at most \(limit) statements (Gradbook's limit)")
        }
    }

    /// Fails with a `ValueError` naming `name` when `GraphvizAttributePolicy` refuses it.
    static func checkPolicy(name: String, value: String) throws {
        let isHTML = DOTQuoting.isHTML(value)
        let inner = isHTML ? String(String.UnicodeScalarView(value.unicodeScalars.dropFirst().dropLast())) : value
        if let reason = GraphvizAttributePolicy.refusal(name: name, value: inner, isHTML: isHTML) {
            throw PyError.value(GraphvizAttributePolicy.message(name: name, reason: reason))
        }
    }
}
