/// `import IPython`, `from IPython.display import display, HTML, Markdown, Math, Latex, SVG` (and the older
/// `IPython.core.display` spelling): the display machinery Jupyter notebooks call.
///
/// `display(x)` emits what Jupyter would show for `x`: a graphviz graph's picture, a display object's markup,
/// else its `repr` as a value. `clear_output()` drops what the cell has shown so far. Objects that would read a
/// URL or a file (`HTML(url=…)`, `HTML("http…")`) are refused, since a lesson reaches neither.
enum IPythonModule {
    /// The module `name` (`IPython`, `IPython.display`, `IPython.core`, `IPython.core.display`), made once per
    /// session; the packages hold their submodules as attributes.
    static func module(_ name: String, _ rt: Interpreter) throws -> ModuleObject {
        if let made = rt.modules[name] { return made }
        let made: ModuleObject
        switch name {
        case "IPython":
            made = ModuleObject(name: name, attributes: [:])
            rt.modules[name] = made
            made.attributes["display"] = .module(try module("IPython.display", rt))
            made.attributes["core"] = .module(try module("IPython.core", rt))
            made.attributes["__version__"] = .string("8.18.1")
        case "IPython.core":
            made = ModuleObject(name: name, attributes: [:])
            rt.modules[name] = made
            made.attributes["display"] = .module(try module("IPython.core.display", rt))
        default:
            made = ModuleObject(name: name, attributes: displayNames(rt))
        }
        rt.modules[name] = made
        return made
    }

    /// The names `IPython.display` offers.
    static func displayNames(_ rt: Interpreter) -> [String: Object] {
        unowned(unsafe) let rt = rt
        var names: [String: Object] = [:]
        for kind in Markup.Kind.allCases {
            let type = rt.types.native(kind.rawValue, module: "IPython.core.display")
            type.construct = { [unowned type] arguments in
                .native(try DisplayObject.construct(kind, type: type, arguments, rt))
            }
            names[kind.rawValue] = .type(type)
        }
        names["display"] = .builtin(BuiltinFunction("display") { try display($0, rt) })
        names["clear_output"] = .builtin(BuiltinFunction("clear_output") { arguments in
            let signature = PythonSignature(name: "clear_output", parameters: ["wait"], required: 0, method: false)
            _ = try signature.bind(arguments)
            rt.clearOutputs()
            return .none
        })
        names["set_matplotlib_formats"] = .builtin(BuiltinFunction("set_matplotlib_formats") { _ in .none })
        return names
    }

    /// `display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False,
    /// clear=False)`: each object shown as Jupyter shows it. The options that only steer a live front end are
    /// accepted and have no effect; `raw=True` (objects that are already MIME bundles) is not supported.
    static func display(_ arguments: Arguments, _ rt: Interpreter) throws -> Object {
        let options = ["include", "exclude", "metadata", "transient", "display_id", "raw", "clear"]
        for keyword in arguments.keywords where !options.contains(keyword.name) {
            throw PyError.type("display() got an unexpected keyword argument '\(keyword.name)'")
        }
        if let raw = arguments.keyword("raw"), try rt.truth(raw) {
            throw PyError("NotImplementedError", "display(raw=True) is not supported in Gradbook: pass objects to show")
        }
        if let clear = arguments.keyword("clear"), try rt.truth(clear) { rt.clearOutputs() }
        for object in arguments.positional { try rt.display(object) }
        return .none
    }
}
