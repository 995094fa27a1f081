extension Interpreter {
    /// Shows `object` as Jupyter does for a cell's value or `display(object)`: its rich output when it has one,
    /// else its `repr` as a value. Counts against the output limit like printed text.
    func display(_ object: Object) throws {
        let output = try displayOutput(of: object)
        switch output {
        case .value(let text): outputCharacters += text.count
        case .dot(let graph): outputCharacters += graph.source.count
        case .markup(let markup): outputCharacters += markup.source.count
        case .text, .graph, .plot, .error: break
        }
        if outputCharacters > limits.outputCharacters {
            throw PyError(
                limit: "RuntimeError", "output limit of \(limits.outputCharacters) characters exceeded (Gradbook's limit)")
        }
        emit(output)
    }

    /// What Jupyter would show for `object`: a native object's rich output (a graphviz graph, an IPython display
    /// object), the markup a lesson class's `_repr_html_`, `_repr_markdown_`, `_repr_latex_` or `_repr_svg_`
    /// returns (tried in JupyterLab's order of preference), or the text IPython shows (`displayText`).
    func displayOutput(of object: Object) throws -> Output {
        switch object {
        case .native(let native):
            if let rich = try native.richOutput(self) { return rich }
        case .instance(let instance):
            for (method, kind) in Self.representationMethods
            where instance.type.lookup(method, epoch: typeEpoch) != nil {
                if case .string(let text) = try call(try attribute(of: object, method), Arguments([])) {
                    return .markup(Markup(kind, text, plainText: try repr(object)))
                }
            }
        default: break
        }
        return .value(try displayText(object))
    }

    /// IPython's rich representation methods, in the order a notebook front end prefers their MIME types.
    static let representationMethods: [(String, Markup.Kind)] = [
        ("_repr_html_", .html), ("_repr_markdown_", .markdown), ("_repr_latex_", .latex), ("_repr_svg_", .svg),
    ]

    /// `IPython.display.clear_output()`: forgets what the running cell has shown so far.
    func clearOutputs() {
        outputs.removeAll()
        pendingText = ""
    }
}
