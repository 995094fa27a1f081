import Micrograd

extension Interpreter {
    /// The micrograd demo's decision-boundary picture, drawn as its notebook draws it: the model's verdict
    /// (`score > 0`) over a grid of step `h` around the data, filled with `contourf(…, cmap=plt.cm.Spectral,
    /// alpha=0.8)`, then the data on top with `scatter(…, c=y, s=40, cmap=plt.cm.Spectral)`, and the limits set
    /// to the grid. It goes through pyplot's own functions, into the current figure.
    func plotDecisionBoundary(model: Object, _ data: Object, _ labels: Object, h: Double) throws {
        guard h > 0 else { throw PyError.value("h must be positive") }
        let points = try elements(of: data).map { try numbers($0, for: "plot_decision_boundary") }
        let classes = try numbers(labels, for: "plot_decision_boundary")
        guard points.count == classes.count, points.allSatisfy({ $0.count == 2 }), !points.isEmpty else {
            throw PyError.value("plot_decision_boundary() needs points [x, y] and one label per point")
        }
        let xs = points.map { $0[0] }
        let ys = points.map { $0[1] }
        func grid(_ values: [Double]) throws -> [Double] {
            let (low, high) = ((values.min() ?? 0) - 1, (values.max() ?? 0) + 1)
            return try numpy { try NDArray.arange(start: .float64(low), stop: .float64(high), step: .float64(h)) }.doubleValues
        }
        let gridX = try grid(xs)
        let gridY = try grid(ys)
        try checkSize(gridX.count * gridY.count)
        guard let firstX = gridX.first, let lastX = gridX.last, let firstY = gridY.first, let lastY = gridY.last else {
            throw PyError.value("plot_decision_boundary() needs a grid of at least one point")
        }
        var verdicts: [Object] = []
        for y in gridY {
            var row: [Object] = []
            for x in gridX {
                try charge()
                let score = try call(model, Arguments([.list(ListObject([.float(x), .float(y)]))]))
                row.append(.bool(Self.scoreValue(score) > 0))
            }
            verdicts.append(.list(ListObject(row)))
        }
        let pyplot = try module(["matplotlib", "pyplot"])
        func draw(_ name: String, _ positional: [Object], _ keywords: [(name: String, value: Object)] = []) throws {
            guard let function = pyplot.attributes[name] else { return }
            _ = try call(function, Arguments(positional, keywords: keywords))
        }
        var spectral = Object.string("Spectral")
        if case .module(let cm)? = pyplot.attributes["cm"], let object = cm.attributes["Spectral"] { spectral = object }
        func list(_ values: [Double]) -> Object { .list(ListObject(values.map { .float($0) })) }
        try draw("contourf", [list(gridX), list(gridY), .list(ListObject(verdicts))],
                 [("cmap", spectral), ("alpha", .float(0.8))])
        try draw("scatter", [list(xs), list(ys)], [("c", labels), ("s", .int(40)), ("cmap", spectral)])
        try draw("xlim", [.float(firstX), .float(lastX)])
        try draw("ylim", [.float(firstY), .float(lastY)])
    }

    /// A model's score as a number: a `Value`'s data, the first of a list of them, or a plain number.
    private static func scoreValue(_ score: Object) -> Double {
        switch score {
        case .value(let value): return value.data
        case .list(let list):
            return list.items.first.flatMap { if case .value(let v) = $0 { v.data } else { $0.asDouble } } ?? 0
        default: return score.asDouble ?? 0
        }
    }
}
