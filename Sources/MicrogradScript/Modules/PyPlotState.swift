import Micrograd

/// What `matplotlib.pyplot` remembers across calls in one session: which figure is current (by a serial number,
/// so an `ax` of a figure already shown no longer draws into the next one) and the colormap objects it handed out.
///
/// The figure itself is the interpreter's `plot`, which the interpreter emits at `plt.show()` and at the end of a
/// cell; only pyplot's functions create one, each with the next serial.
final class PyPlotState {
    unowned(unsafe) let rt: Interpreter
    /// The serial of the figure in `rt.plot`, when there is one.
    private(set) var serial = 0
    private var colormaps: [ObjectIdentifier: PlotColormap] = [:]
    private var colormapObjects: [String: Object] = [:]
    /// The serials of the figures that have axes (a call drew or decorated one, or made them with `subplots`),
    /// for the `with 1 Axes` of a figure's repr: a bare `plt.figure()` has none.
    private var figuresWithAxes: Set<Int> = []

    /// The state of a session whose interpreter is `rt`.
    init(_ rt: Interpreter) {
        self.rt = rt
    }

    /// Changes the current figure (made now, with matplotlib's defaults, if there is none) and returns what
    /// `change` returns.
    func withFigure<Result>(_ change: (inout Plot) throws -> Result) rethrows -> Result {
        if rt.plot == nil { startFigure(Plot(), flushing: false) }
        var plot = rt.plot ?? Plot()
        rt.plot = nil
        defer { rt.plot = plot }
        return try change(&plot)
    }

    /// Changes the current axes of the current figure.
    func withCurrentAxes<Result>(_ change: (inout Plot.Axes) throws -> Result) rethrows -> Result {
        try withFigure { plot in
            figuresWithAxes.insert(serial)
            return try change(&plot.currentAxes)
        }
    }

    /// Changes axes `index` of the figure with serial `figure` (without making it the current axes, as in
    /// matplotlib). If that figure was already shown or replaced, the change goes to a scratch copy and is lost,
    /// as drawing on a closed matplotlib figure shows nothing.
    func withAxes<Result>(figure: Int, index: Int, _ change: (inout Plot.Axes) throws -> Result) rethrows -> Result {
        guard isCurrent(figure) else {
            var scratch = Plot.Axes()
            return try change(&scratch)
        }
        return try withFigure { plot in
            guard index < plot.axes.count else {
                var scratch = Plot.Axes()
                return try change(&scratch)
            }
            return try change(&plot.axes[index])
        }
    }

    /// Notes that the current figure has its axes (`plt.subplots()`, `plt.gca()`), drawn or not.
    func noteAxesMade() {
        _ = withFigure { _ in figuresWithAxes.insert(serial) }
    }

    /// How many axes the figure with serial `figure` has, as its repr counts them, or nil when it is no longer
    /// the current figure.
    func axesCount(of figure: Int) -> Int? {
        guard isCurrent(figure) else { return nil }
        return withFigure { plot in figuresWithAxes.contains(figure) || !plot.isEmpty ? plot.axes.count : 0 }
    }

    /// Whether the figure with serial `figure` is still the one being drawn.
    func isCurrent(_ figure: Int) -> Bool {
        rt.plot != nil && figure == serial
    }

    /// Shows the current figure (if it has anything) and makes `plot` current: `plt.figure()`, `plt.subplots()`.
    func startFigure(_ plot: Plot, flushing: Bool = true) {
        if flushing { rt.flushPlot() }
        serial += 1
        rt.plot = plot
    }

    /// The serial of the current figure, made now if there is none.
    func currentSerial() -> Int {
        withFigure { _ in serial }
    }

    /// The figure serial and axes index an `ax` object stands for, if it is one (`colorbar(ax=ax)`).
    func axes(of object: Object) -> (figure: Int, index: Int)? {
        guard case .native(let native) = object, let axes = native as? PyPlotAxesObject else { return nil }
        return (axes.figureSerial, axes.index)
    }

    /// The colormap an object stands for, if it is one of the colormap objects handed out.
    func colormap(of object: Object) -> PlotColormap? {
        guard case .builtin(let function) = object else { return nil }
        return colormaps[ObjectIdentifier(function)]
    }

    /// The object for `colormap` (`plt.cm.jet`), made once: calling it samples the map as `cmap(x)` does.
    func object(for colormap: PlotColormap) -> Object {
        let key = "\(colormap.name)/\(colormap.count)"
        if let made = colormapObjects[key] { return made }
        let lookup = colormap.lookup
        unowned(unsafe) let rt = rt
        let function = BuiltinFunction(colormap.name) { args in
            try args.expect(colormap.name, 1, 1, keywords: ["alpha", "bytes"])
            let alpha = args.keyword("alpha").flatMap { $0.isNumber ? $0.asDouble : nil }
            let asBytes = args.keyword("bytes")?.isTruthy ?? false
            func sample(_ object: Object) throws -> Object {
                let colour: PlotColour
                switch object {
                case .int(let index): colour = lookup.colour(index: index)
                case .bool(let flag): colour = lookup.colour(index: flag ? 1 : 0)
                case .float(let x): colour = lookup.colour(at: x)
                default:
                    return .list(ListObject(try rt.elements(of: object).map(sample)))
                }
                let channels = [colour.red, colour.green, colour.blue, alpha ?? colour.alpha]
                if asBytes { return .tuple(channels.map { .int(Int(min(max($0, 0), 1) * 255)) }) }
                return .tuple(channels.map { .float($0) })
            }
            return try sample(args.positional[0])
        }
        let made = Object.builtin(function)
        colormaps[ObjectIdentifier(function)] = colormap
        colormapObjects[key] = made
        return made
    }
}
