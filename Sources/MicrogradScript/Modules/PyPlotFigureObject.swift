/// The `fig` that `plt.figure()`, `plt.subplots()` and `plt.gcf()` return: its methods act on the figure with
/// its serial while it is current, and it prints as matplotlib's `Figure` does, `<Figure size 640x480 with 1
/// Axes>` (the size in pixels at matplotlib's default 100 dpi, which Jupyter's inline backend keeps since
/// matplotlib-inline 0.1.4).
final class PyPlotFigureObject: NativeObject {
    /// The figure's serial in the session's pyplot state.
    let figureSerial: Int
    /// `fig.suptitle`, `fig.add_subplot`, …
    private var methods: [String: Object]
    unowned(unsafe) private let state: PyPlotState
    /// The size and axes count last seen while the figure was current, for a figure already shown.
    private var lastSeen: (size: Plot.Size, axes: Int)

    /// The figure object for figure `serial`, with `methods`.
    init(serial: Int, methods: [String: Object], state: PyPlotState) {
        figureSerial = serial
        self.methods = methods
        self.state = state
        lastSeen = (Plot.defaultSize, 0)
        super.init(type: state.rt.types.native("Figure", module: "matplotlib.figure"))
        refresh()
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? { methods[name] }

    override func repr(_ rt: Interpreter) throws -> String {
        refresh()
        return Plot.figureRepr(size: lastSeen.size, axes: lastSeen.axes)
    }

    override func str(_ rt: Interpreter) throws -> String {
        refresh()
        return "Figure(\(Plot.pixels(lastSeen.size)))"
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        for (_, method) in methods.sorted(by: { $0.key < $1.key }) { method.visitHeapObject(visit) }
    }

    override func clearReferences() { methods = [:] }

    /// Reads the size and axes count of the figure while it is current.
    private func refresh() {
        guard let axes = state.axesCount(of: figureSerial) else { return }
        lastSeen = (state.withFigure { $0.size }, axes)
    }
}
