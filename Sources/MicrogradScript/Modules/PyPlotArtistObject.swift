/// What a pyplot drawing call returns, so that a cell ending in one shows what Jupyter shows: `plt.scatter(…)`
/// gives a `PathCollection`, `plt.plot(…)` a list of `Line2D`, `plt.contourf(…)` a `QuadContourSet`. The object
/// only stands for the artist (Gradbook's figure holds the drawing); its repr is matplotlib's,
/// `<matplotlib.collections.PathCollection object at 0x…>`, and a cell's value shows it as IPython does.
final class PyPlotArtistObject: NativeObject, JupyterDisplayed {
    /// The artist classes pyplot's calls return, by the module matplotlib defines them in.
    enum Kind: String {
        case pathCollection = "PathCollection"
        case line = "Line2D"
        case contourSet = "QuadContourSet"
        case legend = "Legend"
        case colorbar = "Colorbar"

        /// The module of the class, as its repr names it.
        var module: String {
            switch self {
            case .pathCollection: return "matplotlib.collections"
            case .line: return "matplotlib.lines"
            case .contourSet: return "matplotlib.contour"
            case .legend: return "matplotlib.legend"
            case .colorbar: return "matplotlib.colorbar"
            }
        }
    }

    /// A new artist object of `kind`, of the session's type for it.
    static func make(_ kind: Kind, _ rt: Interpreter) -> Object {
        .native(PyPlotArtistObject(type: rt.types.native(kind.rawValue, module: kind.module)))
    }

    /// IPython's pretty printer drops `object` from a default repr: `<matplotlib.lines.Line2D at 0x…>`.
    func jupyterText(_ rt: Interpreter) throws -> String {
        "<\(type.module).\(type.name) at \(rt.address(of: self))>"
    }
}

/// `<BarContainer object of 3 artists>`: what `plt.bar` returns, and the third item of `plt.hist`'s result.
final class PyPlotBarContainerObject: NativeObject, JupyterDisplayed {
    /// How many bars the call drew.
    let count: Int

    /// The container of `count` bars, of the session's `BarContainer` type.
    init(count: Int, _ rt: Interpreter) {
        self.count = count
        super.init(type: rt.types.native("BarContainer", module: "matplotlib.container"))
    }

    override func repr(_ rt: Interpreter) throws -> String { "<BarContainer object of \(count) artists>" }

    override func length(_ rt: Interpreter) throws -> Int? { count }

    func jupyterText(_ rt: Interpreter) throws -> String { try repr(rt) }
}

/// `Text(0.5, 1.0, 'loss')`: what `plt.title`, `plt.xlabel`, `plt.ylabel` and `plt.text` return, printed as
/// matplotlib's `Text.__repr__` prints its position and string.
final class PyPlotTextObject: NativeObject, JupyterDisplayed {
    /// The position and the string, as Python objects (`plt.text(1, 2, …)` keeps its ints).
    private var parts: [Object]

    /// The text `string` at (`x`, `y`), of the session's `Text` type.
    init(x: Object, y: Object, string: String, _ rt: Interpreter) {
        parts = [x, y, .string(string)]
        super.init(type: rt.types.native("Text", module: "matplotlib.text"))
    }

    override func repr(_ rt: Interpreter) throws -> String {
        guard parts.count == 3 else { return "Text()" }
        return "Text(\(try rt.str(parts[0])), \(try rt.str(parts[1])), \(try rt.repr(parts[2])))"
    }

    override func traverse(_ visit: (HeapObject) -> Void) { parts.visitHeapObjects(visit) }

    override func clearReferences() { parts = [] }

    func jupyterText(_ rt: Interpreter) throws -> String { try repr(rt) }
}
