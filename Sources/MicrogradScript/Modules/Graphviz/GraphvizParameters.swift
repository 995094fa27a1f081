/// The rendering parameters a graph carries (`format`, `engine`), checked against the package's own lists with
/// its own messages, and the methods that would run Graphviz's programs or touch files, which a lesson cannot.
enum GraphvizParameters {
    /// `graphviz.ENGINES`.
    static let engines: [String] = ["circo", "dot", "fdp", "neato", "osage", "patchwork", "sfdp", "twopi"]

    /// `graphviz.FORMATS`.
    static let formats: [String] = [
        "bmp", "canon", "cgimage", "cmap", "cmapx", "cmapx_np", "dot", "dot_json", "eps", "exr", "fig", "gd", "gd2",
        "gif", "gtk", "gv", "ico", "imap", "imap_np", "ismap", "jp2", "jpe", "jpeg", "jpg", "json", "json0", "pct",
        "pdf", "pic", "pict", "plain", "plain-ext", "png", "pov", "ps", "ps2", "psd", "sgi", "svg", "svgz", "tga",
        "tif", "tiff", "tk", "vml", "vmlz", "vrml", "wbmp", "webp", "x11", "xdot", "xdot1.2", "xdot1.4", "xdot_json",
        "xlib",
    ]

    /// The value a `format` or `engine` assignment stores: lower-cased, and one of `known` (`what` is `format` or
    /// `engine`), or the package's `ValueError`.
    static func verified(_ value: Object, _ what: String, known: [String], _ rt: Interpreter) throws -> String {
        guard case .string(let text) = value else {
            throw PyError("AttributeError", "'\(rt.typeName(value))' object has no attribute 'lower'")
        }
        let lowered = text.lowercased()
        guard known.contains(lowered) else {
            let listed = known.map { "'\($0)'" }.joined(separator: ", ")
            throw PyError.value("unknown \(what): \(try rt.repr(.string(lowered))) (must be one of [\(listed)])")
        }
        return lowered
    }

    /// The error for a method that would write a file, start a program or open a viewer.
    static func refusedMethod(_ method: String) -> PyError {
        switch method {
        case "render", "save":
            return PyError(
                "PermissionError",
                "\(method)() cannot write files: a Gradbook lesson shows its graphs on its page "
                    + "(make the graph a cell's value, or pass it to display())")
        case "view":
            return PyError(
                "PermissionError",
                "view() cannot open a viewer: a Gradbook lesson shows its graphs on its page "
                    + "(make the graph a cell's value, or pass it to display())")
        default:
            return PyError(
                "PermissionError",
                "\(method)() would run a Graphviz program, which a lesson cannot start: Gradbook draws the graph "
                    + "itself when it is a cell's value or passed to display()")
        }
    }

    /// The methods that `refusedMethod` answers.
    static let refusedMethods: Set<String> = [
        "render", "save", "view", "pipe", "unflatten", "_repr_mimebundle_", "_repr_image_svg_xml",
        "_repr_image_png", "_repr_image_jpeg",
    ]
}
