import Micrograd

extension PyPlotAxesCalls {
    /// `hist(x, bins=10, range=None, density=False, …)`, returning `(n, bins, patches)`: numpy's counts and
    /// edges, and a `BarContainer` for the patches.
    static func hist(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        try args.expect("hist", 1, 4, keywords: args.keywords.map(\.name))
        try a.refuseUnknownKeywords(args, artist: "Rectangle", allowed: [
            "bins", "range", "density", "color", "label", "alpha", "edgecolor", "ec", "linewidth", "lw",
            "histtype", "align", "orientation",
        ])
        let data = try a.array(args.positional[0], for: "hist")
        guard data.dimensions <= 2 else { throw PyError.value("x must have 2 or fewer dimensions") }
        guard data.dimensions == 1 else {
            throw PyError("NotImplementedError", "Gradbook's hist draws one dataset, not \(data.rows.count)")
        }
        var bins = Plot.BinsArgument.count(10)
        if let given = args.argument(1, "bins"), !a.isNone(given) {
            if case .int(let count) = given {
                bins = .count(count)
            } else if case .string(let rule) = given {
                throw PyError("NotImplementedError", "Gradbook's hist takes a number of bins or their edges, not '\(rule)'")
            } else {
                bins = .edges(try a.numbers(given, for: "hist"))
            }
        }
        var range: (Double, Double)?
        if let given = args.argument(2, "range"), !a.isNone(given) {
            let pair = try a.numbers(given, for: "hist")
            guard pair.count == 2 else { throw PyError.value("too many values to unpack (expected 2)") }
            range = (pair[0], pair[1])
        }
        let density = args.argument(3, "density")?.isTruthy ?? false
        for (name, supported) in [("histtype", "bar"), ("align", "mid"), ("orientation", "vertical")] {
            if let value = a.string(args.keyword(name)), value != supported {
                throw PyError("NotImplementedError", "Gradbook's hist draws \(name)='\(supported)' only")
            }
        }
        let options = try barOptions(a, args)
        let values = data.rows.first ?? []
        let histogram = try model {
            try axes.hist(values: values, bins: bins, range: range, density: density, options: options)
        }
        let counts = try NDArray(histogram.counts, shape: [histogram.counts.count])
        let edges = try NDArray(histogram.edges, shape: [histogram.edges.count])
        return .tuple([
            try a.rt.object(counts), try a.rt.object(edges),
            .native(PyPlotBarContainerObject(count: histogram.counts.count, a.rt)),
        ])
    }

    /// `bar(x, height, width=0.8, bottom=None, *, align='center', …)`.
    static func bar(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        try args.expect("bar", 2, 4, keywords: args.keywords.map(\.name))
        try a.refuseUnknownKeywords(args, artist: "Rectangle", allowed: [
            "width", "bottom", "align", "color", "edgecolor", "ec", "linewidth", "lw", "alpha", "label", "tick_label",
        ])
        let x = args.positional[0]
        let positions: Plot.BarPositions
        if case .string(let name) = x {
            positions = .categories([name])
        } else if let items = try? a.rt.elements(of: x), !items.isEmpty, items.allSatisfy({ if case .string = $0 { true } else { false } }) {
            positions = .categories(items.map(\.str))
        } else {
            positions = .numbers(try a.numbers(x, for: "bar"))
        }
        let heights = try a.numbers(args.positional[1], for: "bar")
        let widths = try args.argument(2, "width").map { try a.numbers($0, for: "bar") } ?? [0.8]
        let bottoms = try args.argument(3, "bottom").flatMap { a.isNone($0) ? nil : try a.numbers($0, for: "bar") } ?? [0]
        let align = a.string(args.keyword("align")) ?? "center"
        guard align == "center" || align == "edge" else {
            throw PyError.value("'\(align)' is not a valid value for align; supported values are 'center', 'edge'")
        }
        let options = try barOptions(a, args)
        try model {
            try axes.bar(x: positions, heights: heights, widths: widths, bottoms: bottoms,
                         alignCentre: align == "center", options: options)
        }
        if let labels = args.keyword("tick_label"), !a.isNone(labels), case .bars(let bars)? = axes.artists.last {
            let names = (try? a.rt.elements(of: labels).map(\.str)) ?? [labels.str]
            let centres = (0..<bars.count).map { bars.lefts[$0] + bars.widths[$0] / 2 }
            axes.xTicks = Plot.Ticks(positions: centres, labels: names)
        }
        let drawn = if case .bars(let bars)? = axes.artists.last { bars.count } else { heights.count }
        return .native(PyPlotBarContainerObject(count: drawn, a.rt))
    }

    /// `color=`, `edgecolor=`, `linewidth=`, `alpha=` and `label=` of `bar` and `hist`.
    private static func barOptions(_ a: PyPlotArguments, _ args: Arguments) throws -> Plot.BarOptions {
        var options = Plot.BarOptions()
        if let colour = args.keyword("color"), !a.isNone(colour) { options.colours = try a.colours(colour) }
        if let edge = a.keyword(args, "edgecolor", "ec"), !a.isNone(edge) { options.edgeColour = try a.colour(edge) }
        options.edgeWidth = try a.number(a.keyword(args, "linewidth", "lw"), "linewidth")
        options.alpha = try a.number(args.keyword("alpha"), "alpha")
        options.label = a.string(args.keyword("label"))
        return options
    }

    /// `axhline(y=0, xmin=0, xmax=1, **kwargs)` and `axvline(x=0, ymin=0, ymax=1, **kwargs)`.
    static func referenceLine(
        _ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments,
        _ orientation: Plot.ReferenceLine.Orientation
    ) throws -> Object {
        let horizontal = orientation == .horizontal
        let names = horizontal ? ["y", "xmin", "xmax"] : ["x", "ymin", "ymax"]
        try args.expect(orientation.rawValue, 0, 3, keywords: args.keywords.map(\.name))
        try a.refuseUnknownKeywords(args, artist: "Line2D", allowed: PyPlotArguments.lineKeywords.union(names))
        let position = try a.number(args.argument(0, names[0]), names[0]) ?? 0
        let start = try a.number(args.argument(1, names[1]), names[1]) ?? 0
        let end = try a.number(args.argument(2, names[2]), names[2]) ?? 1
        let options = try a.lineOptions(args)
        axes.referenceLine(orientation, at: position, from: start, to: end, options: options)
        return PyPlotArtistObject.make(.line, a.rt)
    }

    /// `text(x, y, s, fontsize=, color=, ha=, va=)`.
    static func text(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        try args.expect("text", 3, 4, keywords: args.keywords.map(\.name))
        let x = try a.number(args.positional[0], "x") ?? 0
        let y = try a.number(args.positional[1], "y") ?? 0
        var text = Plot.Text(x: x, y: y, string: args.positional[2].str)
        if let colour = a.keyword(args, "color", "c"), !a.isNone(colour) { text.colour = try a.colour(colour) }
        if let size = try a.number(a.keyword(args, "fontsize", "size"), "fontsize") { text.fontSize = size }
        if let ha = a.string(a.keyword(args, "ha", "horizontalalignment")) { text.horizontalAlignment = ha }
        if let va = a.string(a.keyword(args, "va", "verticalalignment")) { text.verticalAlignment = va }
        axes.text(text)
        return .native(PyPlotTextObject(x: args.positional[0], y: args.positional[1], string: text.string, a.rt))
    }
}
