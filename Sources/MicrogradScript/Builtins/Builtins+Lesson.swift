import Micrograd

extension BuiltinCatalogue {
    /// The helpers lessons call instead of writing Graphviz, scikit-learn or matplotlib code themselves.
    static func lessonHelpers(_ rt: Interpreter) -> [String: Object] {
        unowned(unsafe) let rt = rt
        return Dictionary(
            uniqueKeysWithValues: [
                function("draw_dot") { args in
                    // A built-in Value, or any object shaped like one (a lesson's own `class Value`).
                    try args.expect("draw_dot", 0, 1, keywords: ["root"])
                    guard let root = args.argument(0, "root") else {
                        throw PyError.type("draw_dot() missing 1 required positional argument: 'root'")
                    }
                    if case .value(let value) = root {
                        rt.emit(.graph(value.snapshot()))
                    } else {
                        rt.emit(.graph(try ObjectGraphSnapshot(rt: rt).snapshot(of: root)))
                    }
                    return .none
                },
                // Jupyter's kernel offers IPython's `display` without an import.
                function("display") { args in try IPythonModule.display(args, rt) },
                function("make_moons") { args in
                    // make_moons(n, noise, seed), or scikit-learn's keywords (n_samples=, noise=, random_state=).
                    try args.expect("make_moons", 0, 3, keywords: ["n_samples", "n", "noise", "seed", "random_state"])
                    let count = args.argument(0, "n_samples") ?? args.keyword("n") ?? .int(100)
                    guard count.isIntLike, let n = count.asInt else {
                        throw PyError.type("'\(count.typeName)' object cannot be interpreted as an integer")
                    }
                    try rt.checkSize(n)
                    let noise = args.argument(1, "noise") == nil ? 0 : try args.requireDouble(1, "make_moons", keyword: "noise")
                    let seedName = args.keyword("random_state") == nil ? "seed" : "random_state"
                    let seed = args.argument(2, seedName) == nil ? 0 : try args.requireInt(2, "make_moons", keyword: seedName)
                    let (points, labels) = Datasets.makeMoons(n: n, noise: noise, seed: seed)
                    let xs = Object.list(ListObject(points.map { .list(ListObject($0.map { .float($0) })) }))
                    let ys = Object.list(ListObject(labels.map { .int($0) }))
                    return .tuple([xs, ys])
                },
                function("plot_decision_boundary") { args in
                    try args.expect("plot_decision_boundary", 3, 3, keywords: ["h"])
                    let h = args.keyword("h") == nil ? 0.25 : try args.requireDouble(9, "plot_decision_boundary", keyword: "h")
                    try rt.plotDecisionBoundary(model: args.positional[0], args.positional[1], args.positional[2], h: h)
                    return .none
                },
                function("forward_difference") { args in
                    try args.expect("forward_difference", 2, 3, keywords: ["h"])
                    let f = args.positional[0]
                    let x = try args.requireDouble(1, "forward_difference")
                    let h = args.argument(2, "h") == nil ? 1e-6 : try args.requireDouble(2, "forward_difference", keyword: "h")
                    return .float(try forwardDifference({ try rt.callNumeric(f, $0) }, at: x, h: h))
                },
                function("central_difference") { args in
                    try args.expect("central_difference", 2, 3, keywords: ["h"])
                    let f = args.positional[0]
                    let x = try args.requireDouble(1, "central_difference")
                    let h = args.argument(2, "h") == nil ? 1e-5 : try args.requireDouble(2, "central_difference", keyword: "h")
                    return .float(try centralDifference({ try rt.callNumeric(f, $0) }, at: x, h: h))
                },
                function("gradient_check") { args in
                    try args.expect("gradient_check", 2, 3, keywords: ["h"])
                    let f = args.positional[0]
                    let inputs = try rt.numbers(args.positional[1], for: "gradient_check")
                    let h = args.argument(2, "h") == nil ? 1e-5 : try args.requireDouble(2, "gradient_check", keyword: "h")
                    let report = try gradientCheck(at: inputs, h: h, on: rt.tape) { leaves in
                        let result = try rt.call(f, Arguments(leaves.map { .value($0) }))
                        guard case .value(let v) = result else {
                            throw PyError.type("gradient_check() needs a function that returns a Value")
                        }
                        return v
                    }
                    let rows = report.comparisons.map {
                        Object.tuple([.float($0.autograd), .float($0.numerical), .float($0.relativeError)])
                    }
                    let dict = DictObject()
                    try dict.set(.string("max_relative_error"), .float(report.maxRelativeError), rt)
                    try dict.set(.string("comparisons"), .list(ListObject(rows)), rt)
                    return .dict(dict)
                },
            ])
    }
}

extension Interpreter {
    /// Calls a lesson function on a number and expects a number back (a `Value`'s data counts).
    func callNumeric(_ function: Object, _ x: Double) throws -> Double {
        let result = try call(function, Arguments([.float(x)]))
        if case .value(let v) = result { return v.data }
        guard result.isNumber, let number = result.asDouble else {
            throw PyError.type("the function must return a number, not '\(result.typeName)'")
        }
        return number
    }
}
