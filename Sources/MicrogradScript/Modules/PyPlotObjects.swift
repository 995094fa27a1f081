import Micrograd

/// The objects pyplot hands out: an `Axes` answering `ax.plot`, `ax.set_title`, …, and a `Figure` answering
/// `fig.suptitle`, `fig.add_subplot`, `fig.colorbar`, … Each is bound to one figure (by serial) and, for an axes,
/// to its place in the grid.
enum PyPlotObjects {
    /// The `ax` object for axes `index` of figure `figure`.
    static func axes(_ figure: Int, _ index: Int, _ a: PyPlotArguments) -> Object {
        var attributes: [String: Object] = [:]
        for (method, _, call) in PyPlotAxesCalls.all {
            attributes[method] = .builtin(BuiltinFunction("Axes." + method) { args in
                try a.state.withAxes(figure: figure, index: index) { try call(a, &$0, args) }
            })
        }
        attributes["get_figure"] = .builtin(BuiltinFunction("Axes.get_figure") { _ in Self.figure(figure, a) })
        return .native(PyPlotAxesObject(figure: figure, index: index, methods: attributes, state: a.state))
    }

    /// The `fig` object of figure `figure`.
    static func figure(_ figure: Int, _ a: PyPlotArguments) -> Object {
        var attributes: [String: Object] = [:]
        func method(_ name: String, _ body: @escaping (Arguments) throws -> Object) {
            attributes[name] = .builtin(BuiltinFunction("Figure." + name, body))
        }
        func change(_ body: (inout Plot) throws -> Void) rethrows {
            guard a.state.isCurrent(figure) else { return }
            try a.state.withFigure(body)
        }
        method("suptitle") { args in
            try args.expect("suptitle", 1, 1, keywords: args.keywords.map(\.name))
            change { $0.title = args.positional[0].str }
            return .none
        }
        method("add_subplot") { args in try subplot(a, args, figure: figure) }
        method("gca") { _ in
            if a.state.isCurrent(figure) { a.state.noteAxesMade() }
            return axes(figure, a.state.isCurrent(figure) ? a.state.withFigure { $0.currentAxesIndex } : 0, a)
        }
        method("colorbar") { args in try colorbar(a, args, figure: figure) }
        method("set_size_inches") { args in
            try args.expect("set_size_inches", 1, 2, keywords: ["forward"])
            let given: Object = args.positional.count == 2 ? .tuple(args.positional) : args.positional[0]
            let size = try PyPlotModule.figureSize(a, given)
            change { $0.size = size }
            return .none
        }
        method("savefig") { _ in
            throw PyError("PermissionError", "savefig() cannot write files: a Gradbook lesson shows its figures on its page")
        }
        for ignored in ["tight_layout", "subplots_adjust", "show", "set_facecolor"] {
            method(ignored) { _ in .none }
        }
        return .native(PyPlotFigureObject(serial: figure, methods: attributes, state: a.state))
    }

    /// `subplot(nrows, ncols, index)` or `subplot(231)`: makes that axes current and returns it. A figure holds
    /// one grid: an empty figure takes the grid asked for, a drawn one must already have it.
    static func subplot(_ a: PyPlotArguments, _ args: Arguments, figure: Int) throws -> Object {
        try args.expect("subplot", 0, 3, keywords: args.keywords.map(\.name))
        var numbers = try args.positional.map { try a.number($0, "subplot") ?? 1 }.map { Int(saturating: $0) }
        if numbers.isEmpty { numbers = [1, 1, 1] }
        if numbers.count == 1 {
            let code = numbers[0]
            guard code >= 111, code <= 999 else {
                throw PyError.value("Integer subplot specification must be a three-digit number, not \(code)")
            }
            numbers = [code / 100, code / 10 % 10, code % 10]
        }
        guard numbers.count == 3, (1...10).contains(numbers[0]), (1...10).contains(numbers[1]) else {
            throw PyError.type("subplot() takes 1 or 3 positional arguments but \(numbers.count) were given")
        }
        let (rows, columns, number) = (numbers[0], numbers[1], numbers[2])
        guard number >= 1, number <= rows * columns else {
            throw PyError.value("num must be an integer with 1 <= num <= \(rows * columns), not \(number)")
        }
        guard a.state.isCurrent(figure) else { return axes(figure, number - 1, a) }
        a.state.noteAxesMade()
        try a.state.withFigure { plot in
            if plot.rows != rows || plot.columns != columns {
                guard plot.isEmpty else {
                    throw PyError(
                        "NotImplementedError",
                        "Gradbook draws one grid of subplots per figure: this one is \(plot.rows)×\(plot.columns), not \(rows)×\(columns)")
                }
                plot.regrid(rows: rows, columns: columns)
            }
            plot.currentAxesIndex = number - 1
        }
        return axes(figure, number - 1, a)
    }

    /// `colorbar(mappable=None, ax=None, label=…)`: a colour bar for the last mapped artist of `ax`, or of the
    /// current axes.
    static func colorbar(_ a: PyPlotArguments, _ args: Arguments, figure: Int) throws -> Object {
        let label = a.string(args.keyword("label"))
        let index: Int
        if let target = args.keyword("ax"), let place = a.state.axes(of: target) {
            guard place.figure == figure, a.state.isCurrent(figure) else { return .none }
            index = place.index
        } else {
            guard a.state.isCurrent(figure) else { return .none }
            index = a.state.withFigure { $0.currentAxesIndex }
        }
        try a.state.withFigure { plot in
            guard index < plot.axes.count else { return }
            try PyPlotAxesCalls.model { try plot.axes[index].colorbar(label: label) }
        }
        return PyPlotArtistObject.make(.colorbar, a.rt)
    }
}
