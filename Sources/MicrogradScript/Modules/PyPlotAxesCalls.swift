import Micrograd

/// The calls an axes answers, shared by `plt.*` (on the current axes) and by the `ax` objects of `plt.subplots`:
/// each reads its arguments with `PyPlotArguments` and calls the model (`Plot.Axes.plot(…)`, …).
enum PyPlotAxesCalls {
    /// A call: the arguments reader, the axes it changes, the cell's arguments; it returns what Python returns.
    typealias Call = (PyPlotArguments, inout Plot.Axes, Arguments) throws -> Object

    /// `(ax method, plt function, call)`: the pyplot name is nil where pyplot has none, or names it differently.
    static var all: [(method: String, function: String?, call: Call)] { artistCalls + decorationCalls }

    /// The calls that add artists.
    static var artistCalls: [(method: String, function: String?, call: Call)] { [
        ("plot", "plot", plot),
        ("scatter", "scatter", scatter),
        ("contour", "contour", { try contour($0, &$1, $2, filled: false) }),
        ("contourf", "contourf", { try contour($0, &$1, $2, filled: true) }),
        ("hist", "hist", hist),
        ("bar", "bar", bar),
        ("axhline", "axhline", { try referenceLine($0, &$1, $2, .horizontal) }),
        ("axvline", "axvline", { try referenceLine($0, &$1, $2, .vertical) }),
        ("text", "text", text),
    ] }

    /// Runs a model call, turning its `PlotError` into the Python exception it names.
    static func model<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as PlotError {
            throw PyError(error.kind, error.message)
        }
    }

    /// `plot([x], y, [fmt], [x2], y2, [fmt2], …, **kwargs)`.
    static func plot(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        try a.refuseUnknownKeywords(args, artist: "Line2D", allowed: PyPlotArguments.lineKeywords.union(["scalex", "scaley"]))
        let options = try a.lineOptions(args)
        var rest = args.positional[...]
        var lines: [Object] = []
        while !rest.isEmpty {
            var group = Array(rest.prefix(2))
            rest = rest.dropFirst(group.count)
            if let next = rest.first, case .string = next {
                group.append(next)
                rest = rest.dropFirst()
            }
            var format: Plot.FormatString?
            if group.count > 1, case .string(let text)? = group.last {
                format = try model { try Plot.FormatString(text) }
                group.removeLast()
            }
            let ys = try a.numbers(group[group.count - 1], for: "plot")
            let xs = group.count > 1 ? try a.numbers(group[0], for: "plot") : nil
            try model { try axes.plot(xs: xs, ys: ys, format: format, options: options) }
            lines.append(PyPlotArtistObject.make(.line, a.rt))
        }
        return .list(ListObject(lines))
    }

    /// `scatter(x, y, s=None, c=None, marker=None, cmap=None, …)`.
    static func scatter(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        try args.expect("scatter", 2, 6, keywords: args.keywords.map(\.name))
        try a.refuseUnknownKeywords(args, artist: "PathCollection", allowed: [
            "s", "c", "color", "marker", "cmap", "norm", "vmin", "vmax", "alpha", "linewidths", "linewidth", "lw",
            "edgecolors", "edgecolor", "ec", "label",
        ])
        let xs = try a.numbers(args.positional[0], for: "scatter")
        let ys = try a.numbers(args.positional[1], for: "scatter")
        var options = Plot.ScatterOptions()
        if let c = args.argument(3, "c"), !a.isNone(c) {
            options.colours = try scatterColours(a, c, count: xs.count)
        } else if let colour = args.keyword("color"), !a.isNone(colour) {
            let colours = try a.colours(colour)
            options.colours = colours.count == 1 ? .colour(colours[0]) : .colours(colours)
        }
        if let s = args.argument(2, "s"), !a.isNone(s) { options.sizes = try a.numbers(s, for: "scatter") }
        if let marker = args.argument(4, "marker"), !a.isNone(marker) { options.marker = try a.marker(marker) }
        if let cmap = args.argument(5, "cmap"), !a.isNone(cmap) { options.colormap = try a.colormap(cmap) }
        options.lower = try a.number(args.keyword("vmin"), "vmin")
        options.upper = try a.number(args.keyword("vmax"), "vmax")
        options.alpha = try a.number(args.keyword("alpha"), "alpha")
        options.label = a.string(args.keyword("label"))
        if let edge = a.keyword(args, "edgecolors", "edgecolor", "ec"), !a.isNone(edge) {
            if case .string(let spelling) = edge, spelling == "face" {
                options.edgeColour = nil
            } else {
                options.edgeColour = try a.colour(edge)
            }
        }
        options.edgeWidth = try a.number(a.keyword(args, "linewidths", "linewidth", "lw"), "linewidths")
        let chosen = options
        try model { try axes.scatter(xs: xs, ys: ys, options: chosen) }
        return PyPlotArtistObject.make(.pathCollection, a.rt)
    }

    /// `c=`: a colour, colours, or numbers to map (a 3- or 4-tuple of fractions is a colour unless there are
    /// that many points).
    private static func scatterColours(_ a: PyPlotArguments, _ c: Object, count: Int) throws -> Plot.ScatterColours {
        if case .string = c { return .colour(try a.colour(c)) }
        let items = try a.rt.elements(of: c)
        if items.allSatisfy(\.isNumber) {
            let values = try a.numbers(c, for: "scatter")
            if values.count != count, let colour = PlotColour(channels: values) { return .colour(colour) }
            return .values(values)
        }
        return .colours(try items.map(a.colour))
    }

    /// `contour([X, Y,] Z, [levels], **kwargs)` and `contourf(…)`.
    static func contour(
        _ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments, filled: Bool
    ) throws -> Object {
        let name = filled ? "contourf" : "contour"
        let given = args.positional.count
        guard given >= 1, given <= 4 else {
            throw PyError.type("\(name)() takes from 1 to 4 positional arguments but \(given) were given")
        }
        try a.refuseUnknownKeywords(args, artist: filled ? "QuadContourSet" : "QuadContourSet", allowed: [
            "levels", "colors", "cmap", "alpha", "linewidths", "linestyles", "extend", "origin", "corner_mask",
            "algorithm", "antialiased", "vmin", "vmax",
        ])
        let zIndex = given <= 2 ? 0 : 2
        let z = try a.array(args.positional[zIndex], for: name)
        guard z.dimensions == 2 else { throw PyError.type("Input z must be 2D, not \(z.dimensions)D") }
        var x: Plot.GridCoordinates?
        var y: Plot.GridCoordinates?
        if given >= 3 {
            x = try coordinates(a, args.positional[0], for: name)
            y = try coordinates(a, args.positional[1], for: name)
        }
        var options = Plot.ContourOptions()
        let levelsIndex = zIndex + 1
        if let levels = levelsIndex < given ? args.positional[levelsIndex] : args.keyword("levels"), !a.isNone(levels) {
            if levels.isIntLike, case .int(let count) = levels {
                options.levels = .count(count)
            } else {
                options.levels = .values(try a.numbers(levels, for: name))
            }
        }
        if let cmap = args.keyword("cmap"), !a.isNone(cmap) { options.colormap = try a.colormap(cmap) }
        if let colours = args.keyword("colors"), !a.isNone(colours) { options.colours = try a.colours(colours) }
        options.alpha = try a.number(args.keyword("alpha"), "alpha")
        options.lower = try a.number(args.keyword("vmin"), "vmin")
        options.upper = try a.number(args.keyword("vmax"), "vmax")
        options.lineWidth = try a.number(args.keyword("linewidths"), "linewidths")
        if let style = args.keyword("linestyles"), !a.isNone(style) { options.lineStyle = try a.lineStyle(style) }
        if let extend = a.string(args.keyword("extend")), extend != "neither" {
            throw PyError("NotImplementedError", "Gradbook's \(name) draws extend='neither' only")
        }
        let chosen = options
        _ = try model {
            try axes.contour(filled: filled, x: x, y: y, z: z.rows, zIsBoolean: z.boolean, options: chosen)
        }
        return PyPlotArtistObject.make(.contourSet, a.rt)
    }

    /// X or Y of a contour: 1-D or 2-D.
    private static func coordinates(_ a: PyPlotArguments, _ object: Object, for name: String) throws -> Plot.GridCoordinates {
        let array = try a.array(object, for: name)
        guard array.dimensions <= 2 else { throw PyError.type("Inputs x and y must be 1D or 2D, not \(array.dimensions)D") }
        return array.dimensions == 2 ? .grid(array.rows) : .vector(array.rows.first ?? [])
    }
}
