import Micrograd

extension PyPlotAxesCalls {
    /// The calls that set words, limits, ticks, the legend and the grid, and those accepted and ignored.
    static var decorationCalls: [(method: String, function: String?, call: Call)] { [
        ("set_title", "title", { a, axes, args in
            axes.title = try words(a, args, "label")
            return .native(PyPlotTextObject(x: .float(0.5), y: .float(1), string: axes.title ?? "", a.rt))
        }),
        ("set_xlabel", "xlabel", { a, axes, args in
            axes.xLabel = try words(a, args, "xlabel")
            return .native(PyPlotTextObject(x: .float(0.5), y: .int(0), string: axes.xLabel ?? "", a.rt))
        }),
        ("set_ylabel", "ylabel", { a, axes, args in
            axes.yLabel = try words(a, args, "ylabel")
            return .native(PyPlotTextObject(x: .int(0), y: .float(0.5), string: axes.yLabel ?? "", a.rt))
        }),
        ("set_xlim", "xlim", { try limits($0, &$1, $2, .x) }),
        ("set_ylim", "ylim", { try limits($0, &$1, $2, .y) }),
        ("get_xlim", nil, { _, axes, _ in pair(axes.xViewLimits) }),
        ("get_ylim", nil, { _, axes, _ in pair(axes.yViewLimits) }),
        ("set_xticks", "xticks", { try ticks($0, &$1, $2, .x) }),
        ("set_yticks", "yticks", { try ticks($0, &$1, $2, .y) }),
        ("legend", "legend", legend),
        ("grid", "grid", grid),
        ("axis", "axis", axis),
        ("set", nil, set),
    ] + ["set_aspect", "tick_params", "set_facecolor", "minorticks_on", "minorticks_off", "locator_params",
         "ticklabel_format", "margins", "autoscale"].map { name in
        (name, name, { _, _, _ in .none })
    } }

    /// The text of `set_title(label)`, `set_xlabel(xlabel)`, …: by position or keyword; font keywords are ignored.
    private static func words(_ a: PyPlotArguments, _ args: Arguments, _ name: String) throws -> String {
        guard let text = args.argument(0, name) else {
            throw PyError.type("missing 1 required positional argument: '\(name)'")
        }
        return text.str
    }

    /// `(lower, upper)` as Python floats.
    private static func pair(_ limits: Plot.Limits) -> Object {
        .tuple([.float(limits.lower), .float(limits.upper)])
    }

    /// `xlim()`, `xlim(left, right)`, `xlim((left, right))`, `xlim(left=…)`, `xlim(xmin=…)`: returns the pair.
    private static func limits(
        _ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments, _ direction: Plot.Axes.Direction
    ) throws -> Object {
        let names = direction == .x ? ["left", "right", "xmin", "xmax"] : ["bottom", "top", "ymin", "ymax"]
        if args.positional.isEmpty && args.keywords.isEmpty {
            return pair(direction == .x ? axes.xViewLimits : axes.yViewLimits)
        }
        var lower = try a.number(args.keyword(names[0]) ?? args.keyword(names[2]), names[0])
        var upper = try a.number(args.keyword(names[1]) ?? args.keyword(names[3]), names[1])
        if let first = args.positional.first {
            if case .tuple = first, args.positional.count == 1 {
                let values = try a.rt.elements(of: first)
                guard values.count == 2 else { throw PyError.value("too many values to unpack (expected 2)") }
                lower = try a.number(values[0], names[0])
                upper = try a.number(values[1], names[1])
            } else if case .list = first, args.positional.count == 1 {
                let values = try a.rt.elements(of: first)
                guard values.count == 2 else { throw PyError.value("too many values to unpack (expected 2)") }
                lower = try a.number(values[0], names[0])
                upper = try a.number(values[1], names[1])
            } else {
                lower = try a.number(first, names[0])
                if args.positional.count > 1 { upper = try a.number(args.positional[1], names[1]) }
            }
        }
        if [lower, upper].contains(where: { $0.map { !$0.isFinite } ?? false }) {
            throw PyError.value("Axis limits cannot be NaN or Inf")
        }
        let limits = direction == .x
            ? axes.setXLimits(lower: lower, upper: upper)
            : axes.setYLimits(lower: lower, upper: upper)
        return pair(limits)
    }

    /// `xticks(ticks, labels)` / `set_xticks(ticks, labels)`; `xticks()` and keyword-only calls change nothing.
    private static func ticks(
        _ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments, _ direction: Plot.Axes.Direction
    ) throws -> Object {
        guard let given = args.argument(0, "ticks"), !a.isNone(given) else { return .none }
        let positions = try a.numbers(given, for: direction == .x ? "xticks" : "yticks")
        var labels: [String]?
        if let names = args.argument(1, "labels"), !a.isNone(names) {
            labels = try a.rt.elements(of: names).map(\.str)
            guard labels?.count == positions.count else {
                throw PyError.value(
                    "The number of FixedLocator locations (\(positions.count)), usually from a call to set_ticks, does not match the number of labels (\(labels?.count ?? 0)).")
            }
        }
        let ticks = Plot.Ticks(positions: positions, labels: labels)
        if direction == .x { axes.xTicks = ticks } else { axes.yTicks = ticks }
        return .none
    }

    /// `legend()`, `legend(labels)`, `legend(loc='upper left')`, `legend(loc=2)`.
    private static func legend(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        var location = Plot.Legend.Location.best
        if let loc = args.keyword("loc"), !a.isNone(loc) {
            if case .int(let code) = loc, let found = Plot.Legend.Location(code: code) {
                location = found
            } else if case .string(let name) = loc, let found = Plot.Legend.Location(spelling: name) {
                location = found
            } else {
                let supported = Plot.Legend.Location.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                throw PyError.value("\(loc.repr) is not a valid value for loc; supported values are \(supported)")
            }
        }
        var labels: [String]?
        if let given = args.positional.last, args.positional.count <= 2 {
            labels = try a.rt.elements(of: given).map(\.str)
        }
        axes.legend(location: location, labels: labels)
        return PyPlotArtistObject.make(.legend, a.rt)
    }

    /// `grid()` toggles; `grid(True)`, `grid(False)`, `grid(axis='y')`, and style keywords turn it on.
    private static func grid(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        var visible = args.argument(0, "visible").map(\.isTruthy) ?? args.keyword("b").map(\.isTruthy)
        let styleKeywords = args.keywords.filter { !["visible", "b", "which", "axis"].contains($0.name) }
        if visible == nil && !styleKeywords.isEmpty { visible = true }
        let axisName = a.string(args.keyword("axis")) ?? "both"
        guard let which = Plot.Grid(rawValue: axisName) else {
            throw PyError.value("'\(axisName)' is not a valid value for axis; supported values are 'x', 'y', 'both'")
        }
        if visible == nil && args.keywords.contains(where: { $0.name == "axis" }) { visible = true }
        axes.grid(visible: visible, axis: which)
        return .none
    }

    /// `axis('off')`, `axis('on')`, `axis([xmin, xmax, ymin, ymax])`; returns `(xmin, xmax, ymin, ymax)`.
    /// The aspect settings (`'equal'`, `'scaled'`, …) are accepted and change nothing.
    private static func axis(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        if let first = args.positional.first {
            switch first {
            case .string(let setting):
                switch setting {
                case "off": axes.showsAxis = false
                case "on": axes.showsAxis = true
                case "equal", "scaled", "tight", "auto", "image", "square": break
                default: throw PyError.value("Unrecognized string '\(setting)' to axis; try 'on' or 'off'")
                }
            case .bool(let on): axes.showsAxis = on
            default:
                let limits = try a.numbers(first, for: "axis")
                guard limits.allSatisfy(\.isFinite) else { throw PyError.value("Axis limits cannot be NaN or Inf") }
                try model { try axes.setLimits(limits) }
            }
        }
        return .tuple(axes.allViewLimits.map { .float($0) })
    }

    /// `ax.set(title=…, xlabel=…, ylabel=…, xlim=…, ylim=…)`.
    private static func set(_ a: PyPlotArguments, _ axes: inout Plot.Axes, _ args: Arguments) throws -> Object {
        for (name, value) in args.keywords {
            switch name {
            case "title": axes.title = value.str
            case "xlabel": axes.xLabel = value.str
            case "ylabel": axes.yLabel = value.str
            case "xlim": _ = try limits(a, &axes, Arguments([value]), .x)
            case "ylim": _ = try limits(a, &axes, Arguments([value]), .y)
            default: throw PyError("AttributeError", "Axes.set() got an unexpected keyword argument '\(name)'")
            }
        }
        return .none
    }
}
