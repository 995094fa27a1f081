/// An instance of `IPython.display.HTML`, `Markdown`, `Math`, `Latex` or `SVG`: text to be shown as rich
/// markup. Its `repr` is IPython's `<IPython.core.display.HTML object>`; shown, it becomes a `.markup` output.
final class DisplayObject: NativeObject {
    let kind: Markup.Kind
    /// `data`: the text, or `None`.
    var data: Object
    /// `metadata`: kept for reading back, never used.
    var metadata: Object

    init(type: TypeObject, kind: Markup.Kind, data: Object, metadata: Object) {
        self.kind = kind
        self.data = data
        self.metadata = metadata
        super.init(type: type)
    }

    /// `HTML(data=None, url=None, filename=None, metadata=None)` and its siblings. Text that starts with `http`
    /// is a URL to IPython, so it is refused like `url=` and `filename=`.
    static func construct(_ kind: Markup.Kind, type: TypeObject, _ arguments: Arguments, _ rt: Interpreter) throws
        -> DisplayObject
    {
        let signature = PythonSignature(
            name: "\(kind.rawValue).__init__", parameters: ["data", "url", "filename", "metadata"], required: 0)
        let (named, _) = try signature.bind(arguments)
        for source in ["url", "filename"] {
            if let value = named[source], !Interpreter.isNone(value) {
                throw PyError(
                    "PermissionError",
                    "\(kind.rawValue)(\(source)=…) would read a \(source == "url" ? "web page" : "file"), and a "
                        + "Gradbook lesson reaches neither: pass the text itself")
            }
        }
        let data = named["data"] ?? .none
        if case .string(let text) = data, text.hasPrefix("http") {
            throw PyError(
                "PermissionError",
                "\(kind.rawValue)() reads text that starts with 'http' as a URL to download, and a Gradbook lesson "
                    + "cannot reach the network")
        }
        if !Interpreter.isNone(data) {
            guard case .string = data else {
                throw PyError.type("\(kind.rawValue) expects text, not \(try rt.repr(data))")
            }
        }
        return DisplayObject(type: type, kind: kind, data: data, metadata: named["metadata"] ?? .dict(DictObject()))
    }

    /// The text, or empty for `None`.
    var text: String {
        if case .string(let text) = data { return text }
        return ""
    }

    override func repr(_ rt: Interpreter) throws -> String { "<\(type.module).\(type.name) object>" }

    override func richOutput(_ rt: Interpreter) throws -> Output? { .markup(Markup(kind, text)) }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? {
        switch name {
        case "data": return data
        case "metadata": return metadata
        case "url", "filename": return Object.none
        case "reload": return .builtin(BuiltinFunction("reload") { _ in .none })
        case representation:
            return .builtin(BuiltinFunction(name) { [self] _ in
                guard case .string = self.data else { return self.data }
                return .string(Markup(self.kind, self.text).notebookData)
            })
        default: return nil
        }
    }

    override func setAttribute(_ name: String, _ value: Object, _ rt: Interpreter) throws -> Bool {
        switch name {
        case "data": data = value
        case "metadata": metadata = value
        default: return false
        }
        return true
    }

    /// The IPython method that hands out the markup: `_repr_html_`, `_repr_markdown_`, `_repr_latex_`, `_repr_svg_`.
    var representation: String {
        switch kind {
        case .html: "_repr_html_"
        case .markdown: "_repr_markdown_"
        case .math, .latex: "_repr_latex_"
        case .svg: "_repr_svg_"
        }
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        data.visitHeapObject(visit)
        metadata.visitHeapObject(visit)
    }

    override func clearReferences() {
        data = .none
        metadata = .none
    }
}
