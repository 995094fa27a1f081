/// The `ax` that `plt.subplots()`, `plt.gca()` and `plt.subplot()` return: its methods (`ax.plot`,
/// `ax.set_title`, …) act on axes `index` of the figure with serial `figureSerial`, and it prints as matplotlib's
/// `Axes` does, `<Axes: title={'center': 'loss'}, xlabel='step'>`.
final class PyPlotAxesObject: NativeObject {
    /// The figure the axes belong to, by serial in the session's pyplot state.
    let figureSerial: Int
    /// The axes' place in the figure's grid, row by row.
    let index: Int
    /// `ax.plot`, `ax.set_title`, …
    private var methods: [String: Object]
    unowned(unsafe) private let state: PyPlotState

    /// The axes object for axes `index` of figure `figure`, with `methods`.
    init(figure: Int, index: Int, methods: [String: Object], state: PyPlotState) {
        figureSerial = figure
        self.index = index
        self.methods = methods
        self.state = state
        super.init(type: state.rt.types.native("Axes", module: "matplotlib.axes._axes"))
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? { methods[name] }

    /// matplotlib's `Axes.__repr__`: the title (by location), then the axis labels that are set.
    override func repr(_ rt: Interpreter) throws -> String {
        let (title, xLabel, yLabel) = state.withAxes(figure: figureSerial, index: index) { ($0.title, $0.xLabel, $0.yLabel) }
        var fields: [String] = []
        if let title, !title.isEmpty { fields.append("title={'center': \(try rt.repr(.string(title)))}") }
        if let xLabel, !xLabel.isEmpty { fields.append("xlabel=\(try rt.repr(.string(xLabel)))") }
        if let yLabel, !yLabel.isEmpty { fields.append("ylabel=\(try rt.repr(.string(yLabel)))") }
        return "<Axes: " + fields.joined(separator: ", ") + ">"
    }

    /// matplotlib's `Axes.__str__`, the axes' place in the figure: `Axes(0.125,0.11;0.775x0.77)`, laid out by
    /// the default subplot parameters (left 0.125, right 0.9, bottom 0.11, top 0.88, spaces 0.2).
    override func str(_ rt: Interpreter) throws -> String {
        let (rows, columns) = state.isCurrent(figureSerial) ? state.withFigure { ($0.rows, $0.columns) } : (1, 1)
        let width = 0.775 / (Double(columns) + 0.2 * Double(columns - 1))
        let height = 0.77 / (Double(rows) + 0.2 * Double(rows - 1))
        let (row, column) = (index / max(columns, 1), index % max(columns, 1))
        let left = 0.125 + Double(column) * width * 1.2
        let bottom = 0.88 - height - Double(row) * height * 1.2
        let bounds = try [left, bottom, width, height].map { try FormatSpec.format(.float($0), spec: "g") }
        return "Axes(\(bounds[0]),\(bounds[1]);\(bounds[2])x\(bounds[3]))"
    }

    override func traverse(_ visit: (HeapObject) -> Void) {
        for (_, method) in methods.sorted(by: { $0.key < $1.key }) { method.visitHeapObject(visit) }
    }

    override func clearReferences() { methods = [:] }
}
