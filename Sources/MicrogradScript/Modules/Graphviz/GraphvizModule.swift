/// `import graphviz`: the package's `Digraph` and `Graph` (version 0.20.3's DOT output, byte for byte), with
/// its `ENGINES`, `FORMATS` and `__version__`. Rendering to files and running Graphviz's programs are refused;
/// a graph is drawn on the lesson's page when it is a cell's value or passed to `display()`.
enum GraphvizModule {
    /// The package version whose output this module reproduces.
    static let version = "0.20.3"

    static func make(_ rt: Interpreter) throws -> ModuleObject {
        unowned(unsafe) let rt = rt
        func graphType(_ name: String, directed: Bool) -> Object {
            let type = rt.types.native(name, module: "graphviz.graphs")
            type.construct = { [unowned type] arguments in
                .native(try GraphvizGraph.construct(type: type, directed: directed, arguments, rt))
            }
            return .type(type)
        }
        return ModuleObject(
            name: "graphviz",
            attributes: [
                "Digraph": graphType("Digraph", directed: true),
                "Graph": graphType("Graph", directed: false),
                "ENGINES": .set(try SetObject(GraphvizParameters.engines.map { .string($0) }, rt)),
                "FORMATS": .set(try SetObject(GraphvizParameters.formats.map { .string($0) }, rt)),
                "__version__": .string(version),
            ])
    }
}
