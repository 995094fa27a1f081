import Micrograd

/// `matplotlib.pyplot`, as far as lessons need it: the calls build the session's current `Plot`, which is
/// emitted at `plt.show()`, at `plt.figure()` (which starts the next one) or at the end of the cell.
enum PyPlotModule {
    static func make(_ rt: Interpreter) -> ModuleObject {
        unowned(unsafe) let rt = rt
        func function(_ name: String, _ body: @escaping (Arguments) throws -> Void) -> (String, Object) {
            (name, .builtin(BuiltinFunction("pyplot." + name) { args in
                try body(args)
                return .none
            }))
        }
        func modify(_ change: (inout Plot) -> Void) {
            var plot = rt.plot ?? Plot()
            change(&plot)
            rt.plot = plot
        }
        let ignored = ["legend", "xlim", "ylim", "tight_layout", "axis", "xticks", "yticks", "subplot"]
        var attributes = Dictionary(uniqueKeysWithValues: ignored.map { name in function(name) { _ in } })
        let entries: [(String, Object)] = [
            function("plot") { args in
                let (xs, ys) = try coordinates(args, name: "plot", rt)
                let label = try args.keyword("label").map { try rt.str($0) }
                modify { $0.series.append(Plot.Series(kind: .line, xs: xs, ys: ys, label: label)) }
            },
            function("scatter") { args in
                let (xs, ys) = try coordinates(args, name: "scatter", rt)
                var classes: [Int]? = nil
                if let c = args.keyword("c") {
                    let values = try rt.numbers(c, for: "scatter")
                    guard values.count == xs.count else {
                        throw PyError.value("'c' argument has \(values.count) elements, which is inconsistent with 'x' and 'y' with size \(xs.count).")
                    }
                    classes = values.map { Int(saturating: $0.rounded()) }
                }
                let label = try args.keyword("label").map { try rt.str($0) }
                modify { $0.series.append(Plot.Series(kind: .scatter, xs: xs, ys: ys, classes: classes, label: label)) }
            },
            function("grid") { args in
                let on = try args.positional.first.map { try rt.truth($0) } ?? true
                modify { $0.grid = on }
            },
            function("title") { args in
                try args.expect("title", 1, 1, keywords: args.keywords.map(\.name))
                let text = try rt.str(args.positional[0])
                modify { $0.title = text }
            },
            function("xlabel") { args in
                try args.expect("xlabel", 1, 1, keywords: args.keywords.map(\.name))
                let text = try rt.str(args.positional[0])
                modify { $0.xLabel = text }
            },
            function("ylabel") { args in
                try args.expect("ylabel", 1, 1, keywords: args.keywords.map(\.name))
                let text = try rt.str(args.positional[0])
                modify { $0.yLabel = text }
            },
            function("show") { _ in rt.flushPlot() },
            function("figure") { _ in
                rt.flushPlot()
                rt.plot = Plot()
            },
        ]
        for (name, value) in entries { attributes[name] = value }
        return ModuleObject(name: "matplotlib.pyplot", attributes: attributes)
    }

    /// `plot(ys)` or `plot(xs, ys)`: numbers of equal count.
    private static func coordinates(_ args: Arguments, name: String, _ rt: Interpreter) throws -> ([Double], [Double]) {
        guard let first = args.positional.first else {
            throw PyError.type("\(name)() missing required arguments 'x' and 'y'")
        }
        var ys = try rt.numbers(first, for: name)
        var xs = ys.indices.map(Double.init)
        if args.positional.count >= 2 {
            xs = ys
            ys = try rt.numbers(args.positional[1], for: name)
        }
        guard xs.count == ys.count else {
            throw PyError.value("x and y must have same first dimension, but have shapes (\(xs.count),) and (\(ys.count),)")
        }
        return (xs, ys)
    }
}

extension Interpreter {
    /// The micrograd demo's decision-boundary picture: the model's sign over a grid of step `h` around the data,
    /// then the data on top, coloured by label.
    func plotDecisionBoundary(model: Object, _ data: Object, _ labels: Object, h: Double) throws {
        guard h > 0 else { throw PyError.value("h must be positive") }
        let points = try elements(of: data).map { try numbers($0, for: "plot_decision_boundary") }
        let classes = try numbers(labels, for: "plot_decision_boundary").map { Int(saturating: $0.rounded()) }
        guard points.count == classes.count, points.allSatisfy({ $0.count == 2 }), !points.isEmpty else {
            throw PyError.value("plot_decision_boundary() needs points [x, y] and one label per point")
        }
        let xs = points.map { $0[0] }, ys = points.map { $0[1] }
        let gridX = try NumPyModule.arange(start: (xs.min() ?? 0) - 1, stop: (xs.max() ?? 0) + 1, step: h)
        let gridY = try NumPyModule.arange(start: (ys.min() ?? 0) - 1, stop: (ys.max() ?? 0) + 1, step: h)
        try checkSize(gridX.count * gridY.count)
        let negative = classes.contains { $0 < 0 } ? -1 : 0
        var rows: [[Int]] = []
        for y in gridY {
            var row: [Int] = []
            for x in gridX {
                try charge()
                let score = try call(model, Arguments([.list(ListObject([.float(x), .float(y)]))]))
                let value: Double
                switch score {
                case .value(let v): value = v.data
                case .list(let list): value = list.items.first.flatMap { if case .value(let v) = $0 { v.data } else { $0.asDouble } } ?? 0
                default: value = score.asDouble ?? 0
                }
                row.append(value > 0 ? 1 : negative)
            }
            rows.append(row)
        }
        var plot = self.plot ?? Plot()
        plot.boundary = Plot.DecisionBoundary(xs: gridX, ys: gridY, classes: rows)
        plot.series.append(Plot.Series(kind: .scatter, xs: xs, ys: ys, classes: classes))
        self.plot = plot
    }
}
