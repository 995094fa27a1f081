extension GraphvizGraph {
    /// `dot.source`: the DOT text, line by line as the package's `__iter__` yields it, joined.
    func source(_ rt: Interpreter) throws -> String {
        try lines(rt, asSubgraph: false).joined()
    }

    /// The package's `__iter__(subgraph=)`: an optional `// comment` line, the head (`strict digraph name {`, or
    /// `subgraph name {` inside another graph), the `graph`/`node`/`edge` attribute lines of the non-empty dicts,
    /// the body, and `}`. Every line ends with a newline.
    func lines(_ rt: Interpreter, asSubgraph: Bool) throws -> [String] {
        var out: [String] = []
        if try rt.truth(comment) { out.append("// " + (try rt.str(comment)) + "\n") }
        let named = try rt.truth(name)
        let quotedName = named ? DOTQuoting.quote(try GraphvizAttributeList.string(name, rt)) + " " : ""
        if asSubgraph {
            if try rt.truth(strict) { throw PyError.value("subgraphs cannot be strict") }
            out.append((named ? "subgraph " : "") + quotedName + "{\n")
        } else {
            let head = (directed ? "digraph " : "graph ") + quotedName + "{\n"
            out.append(try rt.truth(strict) ? "strict " + head : head)
        }
        for (keyword, attributes) in [("graph", graphAttributes), ("node", nodeAttributes), ("edge", edgeAttributes)]
        where try rt.truth(attributes) {
            let list = try GraphvizAttributeList.attrList(
                label: nil, keywords: attributes, attributes: nil, checked: false, rt)
            out.append("\t" + keyword + list + "\n")
        }
        for line in try rt.elements(of: body) {
            guard case .string(let text) = line else {
                throw PyError.type("sequence item \(out.count): expected str instance, \(rt.typeName(line)) found")
            }
            out.append(text)
        }
        out.append("}\n")
        return out
    }
}
