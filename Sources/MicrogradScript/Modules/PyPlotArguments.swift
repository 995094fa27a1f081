import Micrograd

/// The cell's arguments to `plt.*` read into the plot model's Swift values, with matplotlib's complaints.
///
/// This is the only place that knows the interpreter's objects: the model (`Plot`, `Plot.Axes.plot(…)`, …) takes
/// numbers, strings and colours. numpy arrays are read here directly, in C order.
struct PyPlotArguments {
    /// The interpreter, for walking iterables and charging the step budget.
    unowned(unsafe) let rt: Interpreter
    /// pyplot's session state, for the colormap objects it handed out.
    let state: PyPlotState

    /// A 1-D run of numbers (a list, tuple or range of ints, floats and bools).
    func numbers(_ object: Object, for function: String) throws -> [Double] {
        if object.isNumber, let number = object.asDouble { return [number] }
        if let array = rt.ndarray(object) {
            try rt.chargeMade(array.size)
            return array.doubleValues
        }
        return try rt.numbers(object, for: function)
    }

    /// A number, or nil for `None`.
    func number(_ object: Object?, _ name: String) throws -> Double? {
        guard let object, !isNone(object) else { return nil }
        guard object.isNumber, let value = object.asDouble else {
            throw PyError.type("\(name) must be a real number, not \(object.typeName)")
        }
        return value
    }

    /// A string, or nil for `None`.
    func string(_ object: Object?) -> String? {
        guard let object, !isNone(object) else { return nil }
        if case .string(let text) = object { return text }
        return object.str
    }

    /// Whether the object is `None` (or missing).
    func isNone(_ object: Object?) -> Bool {
        guard let object else { return true }
        if case .none = object { return true }
        return false
    }

    /// A 1-D or 2-D array of numbers: rows of numbers, or numbers; and whether every element was a bool.
    func array(_ object: Object, for function: String) throws -> (rows: [[Double]], dimensions: Int, boolean: Bool) {
        if let array = rt.ndarray(object), array.ndim <= 2 {
            // Reading the array copies its elements: charged as elements made, like any array a cell makes.
            try rt.chargeMade(array.size)
            let values = array.doubleValues
            let width = array.ndim == 2 ? array.shape[1] : values.count
            let rows = width == 0 ? [] : stride(from: 0, to: values.count, by: width).map { Array(values[$0..<($0 + width)]) }
            return (array.ndim == 2 ? rows : [values], max(array.ndim, 1), array.dtype == .bool && array.size > 0)
        }
        // More than two dimensions: no rows, and the callers name the dimension count as matplotlib does.
        if let array = rt.ndarray(object) { return ([], array.ndim, false) }
        let items = try rt.elements(of: object)
        var boolean = !items.isEmpty
        if items.contains(where: { if case .list = $0 { true } else if case .tuple = $0 { true } else { false } }) {
            var rows: [[Double]] = []
            for item in items {
                let row = try rt.elements(of: item)
                boolean = boolean && row.allSatisfy { if case .bool = $0 { true } else { false } }
                rows.append(try numbers(.list(ListObject(row)), for: function))
            }
            if let width = rows.first?.count, rows.contains(where: { $0.count != width }) {
                throw PyError.value(
                    "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (\(rows.count),) + inhomogeneous part.")
            }
            return (rows, 2, boolean)
        }
        boolean = boolean && items.allSatisfy { if case .bool = $0 { true } else { false } }
        return ([try numbers(.list(ListObject(items)), for: function)], 1, boolean)
    }

    /// One colour: a matplotlib colour string or an `(r, g, b[, a])` tuple.
    func colour(_ object: Object) throws -> PlotColour {
        if case .string(let spelling) = object, let colour = PlotColour(spelling: spelling) { return colour }
        if case .tuple = object, let channels = try? numbers(object, for: "color"), let colour = PlotColour(channels: channels) {
            return colour
        }
        if case .list = object, let channels = try? numbers(object, for: "color"), let colour = PlotColour(channels: channels) {
            return colour
        }
        throw PyError.value(
            "\(object.repr) is not a valid value for color: supported inputs are (r, g, b) and (r, g, b, a) 0-1 float tuples; '#rrggbb', '#rrggbbaa', '#rgb', '#rgba' strings; named color strings; string reprs of 0-1 floats for grayscale values; 'C0', 'C1', ... strings for colors of the color cycle; and pairs combining one of the above with an alpha value")
    }

    /// One colour, or a list of them (`color=['red', 'blue']`).
    func colours(_ object: Object) throws -> [PlotColour] {
        if let single = try? colour(object) { return [single] }
        return try rt.elements(of: object).map(colour)
    }

    /// A colormap: a registered name (`'jet'`) or a colormap object (`plt.cm.Spectral`).
    func colormap(_ object: Object) throws -> PlotColormap {
        if let colormap = state.colormap(of: object) { return colormap }
        let name = object.str
        if case .string = object, let colormap = PlotColormap(name: name) { return colormap }
        let supported = PlotColormap.names.map { "'\($0)'" }.joined(separator: ", ")
        throw PyError.value("\(object.repr) is not a valid value for cmap; supported values are \(supported)")
    }

    /// A line style: `'-'`, `'--'`, `'dashed'`, …
    func lineStyle(_ object: Object) throws -> Plot.LineStyle {
        guard case .string(let spelling) = object, let style = Plot.LineStyle(spelling: spelling) else {
            throw PyError.value("\(object.repr) is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'")
        }
        return style
    }

    /// A marker: `'o'`, `'s'`, `'^'`, …
    func marker(_ object: Object) throws -> Plot.Marker {
        guard case .string(let spelling) = object, let marker = Plot.Marker(rawValue: spelling) else {
            throw PyError.value("Unrecognized marker style \(object.repr)")
        }
        return marker
    }

    /// The keyword `name` or any of its aliases (`linewidth` / `lw`), if given.
    func keyword(_ args: Arguments, _ names: String...) -> Object? {
        for name in names {
            if let value = args.keyword(name) { return value }
        }
        return nil
    }

    /// Fails as matplotlib's `Artist.set` does on a keyword the artist does not have.
    func refuseUnknownKeywords(_ args: Arguments, artist: String, allowed: Set<String>) throws {
        for keyword in args.keywords where !allowed.contains(keyword.name) && !Self.ignoredKeywords.contains(keyword.name) {
            throw PyError("AttributeError", "\(artist).set() got an unexpected keyword argument '\(keyword.name)'")
        }
    }

    /// Keywords that change nothing Gradbook draws (stacking order, clipping, rasterizing, …): accepted, ignored.
    static let ignoredKeywords: Set<String> = [
        "zorder", "clip_on", "antialiased", "aa", "rasterized", "picker", "gid", "url", "snap", "animated",
        "solid_capstyle", "solid_joinstyle", "dash_capstyle", "dash_joinstyle", "drawstyle", "ds",
        "markeredgecolor", "mec", "markerfacecolor", "mfc", "markeredgewidth", "mew", "markevery",
        "fillstyle", "plotnonfinite", "hatch", "capstyle", "joinstyle",
    ]

    /// `color`, `linestyle`, `linewidth`, `marker`, `markersize`, `alpha` and `label`, with their aliases.
    func lineOptions(_ args: Arguments) throws -> Plot.LineOptions {
        var options = Plot.LineOptions()
        if let colour = keyword(args, "color", "c"), !isNone(colour) { options.colour = try self.colour(colour) }
        if let style = keyword(args, "linestyle", "ls"), !isNone(style) { options.lineStyle = try lineStyle(style) }
        options.lineWidth = try number(keyword(args, "linewidth", "lw"), "linewidth")
        if let marker = keyword(args, "marker"), !isNone(marker) { options.marker = try self.marker(marker) }
        options.markerSize = try number(keyword(args, "markersize", "ms"), "markersize")
        options.alpha = try number(args.keyword("alpha"), "alpha")
        options.label = string(args.keyword("label"))
        return options
    }

    /// The keywords `lineOptions` reads.
    static let lineKeywords: Set<String> = [
        "color", "c", "linestyle", "ls", "linewidth", "lw", "marker", "markersize", "ms", "alpha", "label",
    ]
}
