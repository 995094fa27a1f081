/// numpy's functions that join, select, reshape and multiply arrays: `vstack`, `hstack`, `column_stack`,
/// `concatenate`, `meshgrid`, `where`, `nonzero`, `clip`, `dot`, `matmul`, `reshape`, `ravel`, `transpose`,
/// `shape`, `ndim`, `size`, `round`/`around`.
enum NumPyArrayFunctions {
    static func functions(_ rt: Interpreter) -> [(String, Object)] {
        unowned(unsafe) let rt = rt
        func function(_ name: String, _ body: @escaping (Arguments) throws -> Object) -> (String, Object) {
            (name, .builtin(BuiltinFunction("numpy." + name, body)))
        }
        func joining(_ name: String, _ join: @escaping ([NDArray]) throws -> NDArray) -> (String, Object) {
            function(name) { args in
                let bound = try NumPyArguments(args, name, ["tup"], required: 1, keywordOnly: ["dtype", "casting"])
                let arrays = try sequence(bound.given("tup") ?? .none, name, rt)
                var joined = try rt.numpy { try join(arrays) }
                if let dtype = try bound.dtype(rt) { joined = joined.astype(dtype) }
                return try rt.object(joined)
            }
        }
        func round(_ name: String) -> (String, Object) {
            function(name) { args in
                let bound = try NumPyArguments(args, name, ["a", "decimals", "out"], required: 1)
                let a = try rt.requiredOperand(bound.given("a") ?? .none, for: name)
                return try rt.object(try rt.numpy { try NumPy.round(a, decimals: try bound.integer("decimals", 0)) })
            }
        }
        return [
            joining("vstack", NDArray.vstack), joining("row_stack", NDArray.vstack), joining("hstack", NDArray.hstack),
            joining("column_stack", NDArray.columnStack),
            function("concatenate") { args in
                let bound = try NumPyArguments(
                    args, "concatenate", ["arrays", "axis", "out"], required: 1, keywordOnly: ["dtype", "casting"])
                let arrays = try sequence(bound.given("arrays") ?? .none, "concatenate", rt)
                let axis = try bound.given("axis").map { NumPyObjects.isNone($0) ? nil : try NumPyArguments.integer($0) }
                    ?? 0
                return try rt.object(try rt.numpy { try NDArray.concatenate(arrays, axis: axis) })
            },
            function("meshgrid") { args in
                try args.expect("meshgrid", 0, Int.max, keywords: ["indexing", "sparse", "copy"])
                let indexing = try args.keyword("indexing").map { try rt.str($0) } ?? "xy"
                guard indexing == "xy" || indexing == "ij" else {
                    throw PyError.value("Valid values for `indexing` are 'xy' and 'ij'.")
                }
                if let sparse = args.keyword("sparse"), try rt.truth(sparse) {
                    throw PyError.value("meshgrid(): Gradbook's numpy makes full grids only (sparse=False)")
                }
                let arrays = try args.positional.map { try rt.asArray($0, for: "meshgrid") }
                let grids = try rt.numpy { try NDArray.meshgrid(arrays, indexing: indexing == "ij" ? .ij : .xy) }
                return .list(ListObject(try grids.map { try rt.object($0) }))
            },
            function("where") { args in
                let bound = try NumPyArguments(args, "where", ["condition", "x", "y"], required: 1)
                let condition = try rt.requiredOperand(bound.given("condition") ?? .none, for: "where")
                guard let x = bound.given("x"), let y = bound.given("y") else {
                    if bound.given("x") != nil || bound.given("y") != nil {
                        throw PyError.value("either both or neither of x and y should be given")
                    }
                    return .tuple(try rt.numpy { try NumPy.nonzero(condition.asArray) }.map { try rt.object($0) })
                }
                let a = try rt.requiredOperand(x, for: "where"), b = try rt.requiredOperand(y, for: "where")
                return try rt.object(try rt.numpy { try NumPy.where(condition, a, b) })
            },
            function("nonzero") { args in
                try args.expect("nonzero", 1, 1)
                let a = try rt.asArray(args.positional[0], for: "nonzero")
                return .tuple(try rt.numpy { try NumPy.nonzero(a) }.map { try rt.object($0) })
            },
            function("clip") { args in
                let bound = try NumPyArguments(args, "clip", ["a", "a_min", "a_max", "out"], required: 3)
                let a = try rt.requiredOperand(bound.given("a") ?? .none, for: "clip")
                return try NumPyObjects.clip(a, bound["a_min"], bound["a_max"], rt)
            },
            function("dot") { args in
                let bound = try NumPyArguments(args, "dot", ["a", "b", "out"], required: 2)
                let a = try rt.requiredOperand(bound.given("a") ?? .none, for: "dot")
                let b = try rt.requiredOperand(bound.given("b") ?? .none, for: "dot")
                return try rt.object(try rt.numpy { try NumPy.dot(a, b) })
            },
            function("matmul") { args in
                try args.expect("matmul", 2, 2)
                let a = try rt.requiredOperand(args.positional[0], for: "matmul")
                let b = try rt.requiredOperand(args.positional[1], for: "matmul")
                return try rt.object(try rt.numpy { try NumPy.matmul(a, b) })
            },
            function("reshape") { args in
                let bound = try NumPyArguments(args, "reshape", ["a", "newshape", "order"], required: 2)
                let a = try rt.asArray(bound.given("a") ?? .none, for: "reshape")
                let shape = try NumPyArguments.shape(bound.given("newshape"), rt)
                return try rt.object(try rt.numpy { try a.reshape(shape) })
            },
            function("ravel") { args in
                let bound = try NumPyArguments(args, "ravel", ["a", "order"], required: 1)
                return try rt.object(try rt.asArray(bound.given("a") ?? .none, for: "ravel").ravel())
            },
            function("transpose") { args in
                let bound = try NumPyArguments(args, "transpose", ["a", "axes"], required: 1)
                let a = try rt.asArray(bound.given("a") ?? .none, for: "transpose")
                let axes = try bound["axes"].map { try NumPyArguments.shape($0, rt) }
                return try rt.object(try rt.numpy { try a.transpose(axes) })
            },
            function("shape") { args in
                try args.expect("shape", 1, 1)
                return .tuple(try rt.asArray(args.positional[0], for: "shape").shape.map { .int($0) })
            },
            function("ndim") { args in
                try args.expect("ndim", 1, 1)
                return .int(try rt.asArray(args.positional[0], for: "ndim").ndim)
            },
            function("size") { args in
                try args.expect("size", 1, 1)
                return .int(try rt.asArray(args.positional[0], for: "size").size)
            },
            round("round"), round("around"), round("round_"),
        ]
    }

    /// The arrays of a sequence argument (`np.vstack([a, b])`): each item read as an array.
    static func sequence(_ object: Object, _ function: String, _ rt: Interpreter) throws -> [NDArray] {
        if let array = rt.ndarray(object) {
            return try rt.numpy { try array.items() }.map(\.asArray)
        }
        return try rt.elements(of: object).map { try rt.asArray($0, for: function) }
    }
}
