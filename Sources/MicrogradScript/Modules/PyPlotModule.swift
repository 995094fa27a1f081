import Micrograd

/// `matplotlib.pyplot`, as far as lessons need it. The calls build the session's current figure (`Plot`), which
/// is emitted at `plt.show()`, when `plt.figure()` or `plt.subplots()` starts the next one, or at the end of the
/// cell. `plt.plot`, `plt.title`, … act on the current axes; the `ax` objects of `plt.subplots` answer the same
/// calls (`ax.plot`, `ax.set_title`, …) for their own axes.
///
/// Axes and figures are objects of matplotlib's types (`<Axes: >`, `<Figure size 640x480 with 1 Axes>`); the
/// drawing calls return matplotlib's artists (`PyPlotArtistObject`). Colormaps are callable builtins.
enum PyPlotModule {
    /// The module, with its session state; also puts `colormaps` and `cm` on the `matplotlib` package.
    static func make(_ rt: Interpreter) -> ModuleObject {
        let state = PyPlotState(rt)
        let arguments = PyPlotArguments(rt: rt, state: state)
        var attributes: [String: Object] = [:]
        func function(_ name: String, _ body: @escaping (Arguments) throws -> Object) {
            attributes[name] = .builtin(BuiltinFunction("pyplot." + name, body))
        }
        for (_, name, call) in PyPlotAxesCalls.all {
            guard let name else { continue }
            function(name) { args in try state.withCurrentAxes { try call(arguments, &$0, args) } }
        }
        function("figure") { args in
            let size = try figureSize(arguments, args.argument(1, "figsize"))
            state.startFigure(Plot(size: size))
            return PyPlotObjects.figure(state.currentSerial(), arguments)
        }
        function("subplots") { args in try subplots(arguments, args) }
        function("subplot") { args in try PyPlotObjects.subplot(arguments, args, figure: state.currentSerial()) }
        function("gca") { _ in
            state.noteAxesMade()
            return PyPlotObjects.axes(state.currentSerial(), state.withFigure { $0.currentAxesIndex }, arguments)
        }
        function("gcf") { _ in PyPlotObjects.figure(state.currentSerial(), arguments) }
        function("suptitle") { args in
            try args.expect("suptitle", 1, 1, keywords: args.keywords.map(\.name))
            state.withFigure { $0.title = args.positional[0].str }
            return .none
        }
        function("colorbar") { args in try PyPlotObjects.colorbar(arguments, args, figure: state.currentSerial()) }
        function("show") { _ in
            rt.flushPlot()
            return .none
        }
        function("close") { _ in
            rt.plot = nil
            return .none
        }
        function("savefig") { _ in
            throw PyError("PermissionError", "savefig() cannot write files: a Gradbook lesson shows its figures on its page")
        }
        for ignored in ["tight_layout", "ion", "ioff", "draw", "pause", "subplots_adjust"] {
            function(ignored) { _ in .none }
        }
        function("get_cmap") { args in
            try args.expect("get_cmap", 0, 2, keywords: ["name", "lut"])
            return try colormapObject(arguments, args.argument(0, "name"), lut: args.argument(1, "lut"))
        }
        let colormaps = PlotColormap.names.compactMap { name in
            PlotColormap(name: name).map { (name, state.object(for: $0)) }
        }
        attributes["cm"] = .module(ModuleObject(
            name: "matplotlib.cm",
            attributes: Dictionary(uniqueKeysWithValues: colormaps + [("get_cmap", attributes["get_cmap"] ?? .none)])))
        // `matplotlib.colormaps[name]` reads the registry as a dictionary; the package exists by now, because
        // importing `matplotlib.pyplot` imports `matplotlib` first.
        let registry = DictObject()
        for (name, object) in colormaps { try? registry.set(.string(name), object, rt) }
        rt.modules["matplotlib"]?.attributes["colormaps"] = .dict(registry)
        rt.modules["matplotlib"]?.attributes["cm"] = attributes["cm"]
        return ModuleObject(name: "matplotlib.pyplot", attributes: attributes)
    }

    /// `figsize=(w, h)` in inches, or matplotlib's default.
    static func figureSize(_ a: PyPlotArguments, _ given: Object?) throws -> Plot.Size {
        guard let given, !a.isNone(given) else { return Plot.defaultSize }
        let values = try a.numbers(given, for: "figure")
        guard values.count == 2, values.allSatisfy({ $0 > 0 && $0.isFinite && $0 <= 100 }) else {
            throw PyError.value("figure size must be two positive finite numbers of inches (at most 100), not \(given.repr)")
        }
        return Plot.Size(width: values[0], height: values[1])
    }

    /// `plt.subplots(nrows=1, ncols=1, figsize=…)`: a new figure and its axes — one axes object, a list of them
    /// (one row or column), or a list of rows, as matplotlib's `squeeze=True` shapes its array.
    static func subplots(_ a: PyPlotArguments, _ args: Arguments) throws -> Object {
        try args.expect("subplots", 0, 2, keywords: args.keywords.map(\.name))
        let rows = try args.argument(0, "nrows").map { try a.number($0, "nrows") ?? 1 } ?? 1
        let columns = try args.argument(1, "ncols").map { try a.number($0, "ncols") ?? 1 } ?? 1
        guard rows >= 1, columns >= 1, rows <= 10, columns <= 10, rows == rows.rounded(), columns == columns.rounded() else {
            throw PyError.value("Number of rows and columns must be whole numbers from 1 to 10 (Gradbook's limit)")
        }
        let size = try figureSize(a, args.keyword("figsize"))
        a.state.startFigure(Plot(size: size, rows: Int(rows), columns: Int(columns)))
        let serial = a.state.currentSerial()
        a.state.noteAxesMade()
        let lastIndex = Int(rows) * Int(columns) - 1
        a.state.withFigure { $0.currentAxesIndex = lastIndex }
        let axes = (0...lastIndex).map { PyPlotObjects.axes(serial, $0, a) }
        let shaped: Object
        let squeeze = args.keyword("squeeze")?.isTruthy ?? true
        if squeeze && axes.count == 1 {
            shaped = axes[0]
        } else if squeeze && (rows == 1 || columns == 1) {
            shaped = .list(ListObject(axes))
        } else {
            shaped = .list(ListObject(stride(from: 0, through: lastIndex, by: Int(columns)).map { start in
                .list(ListObject(Array(axes[start..<(start + Int(columns))])))
            }))
        }
        return .tuple([PyPlotObjects.figure(serial, a), shaped])
    }

    /// `plt.get_cmap(name, lut)`: a registered name or a colormap object, resampled to `lut` colours if given.
    static func colormapObject(_ a: PyPlotArguments, _ given: Object?, lut: Object?) throws -> Object {
        var colormap = try given.flatMap { a.isNone($0) ? nil : try a.colormap($0) } ?? .standard
        if let lut, !a.isNone(lut) {
            guard let count = lut.asInt, let resampled = PlotColormap(name: colormap.name, count: count) else {
                throw PyError.value("lut must be a positive integer, not \(lut.repr)")
            }
            colormap = resampled
        }
        return a.state.object(for: colormap)
    }
}
