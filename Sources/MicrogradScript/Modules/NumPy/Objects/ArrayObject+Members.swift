/// The ndarray's attributes (`shape`, `ndim`, `size`, `dtype`, `T`) and methods, each a built-in bound to the array.
extension ArrayObject {
    /// The attribute `name`, or nil (AttributeError) for one numpy arrays do not have here.
    func member(_ name: String, _ rt: Interpreter) throws -> Object? {
        switch name {
        case "shape": return .tuple(array.shape.map { .int($0) })
        case "ndim": return .int(array.ndim)
        case "size": return .int(array.size)
        case "dtype": return .native(DTypeObject(array.dtype, rt))
        case "itemsize": return .int(array.dtype == .bool ? 1 : 8)
        case "nbytes": return .int(array.size * (array.dtype == .bool ? 1 : 8))
        case "T": return try rt.object(array.T)
        default: break
        }
        if let reduction = ArrayReduction(rawValue: name) { return reduction.method(of: array, rt) }
        guard let method = Self.methods[name] else { return nil }
        unowned(unsafe) let rt = rt
        return .builtin(BuiltinFunction(name) { [array] args in try method(array, args, rt) })
    }

    /// `arr.shape = (…)` reshapes in numpy; Gradbook's arrays keep their shape, so every attribute is read-only.
    func assignMember(_ name: String, _ value: Object, _ rt: Interpreter) throws -> Bool {
        switch name {
        case "shape", "ndim", "size", "dtype", "T", "itemsize", "nbytes":
            throw PyError(
                "AttributeError", "attribute '\(name)' of 'numpy.ndarray' objects is not writable in Gradbook")
        default:
            throw PyError("AttributeError", "'numpy.ndarray' object has no attribute '\(name)'")
        }
    }

    /// `arr[key] = value`: the value cast to the array's dtype and broadcast into the selected elements.
    func assign(_ value: Object, at key: Object, _ rt: Interpreter) throws {
        guard let operand = try rt.arrayOperand(value) else {
            let converter = array.dtype == .float64 ? "float() argument must be a string or a real number"
                : "int() argument must be a string, a bytes-like object or a real number"
            throw PyError.type("\(converter), not '\(rt.typeName(value))'")
        }
        let index = try rt.indexComponents(key)
        try rt.numpy { try array.set(index, operand) }
        try rt.chargeMade(operand.asArray.size)
    }

    private typealias Method = @Sendable (NDArray, Arguments, Interpreter) throws -> Object

    /// The methods other than the reductions, by name.
    private static let methods: [String: Method] = [
        "reshape": { array, args, rt in
            if let order = args.keyword("order"), (try? rt.str(order)) != "C" {
                throw PyError.value("reshape(): Gradbook's numpy reshapes in C order only")
            }
            let plain = Arguments(args.positional, keywords: args.keywords.filter { $0.name != "order" })
            let shape = try shapeArguments(plain, "reshape", keyword: "shape", rt)
            return try rt.object(try rt.numpy { try array.reshape(shape) })
        },
        "ravel": { array, args, rt in
            try args.expect("ravel", 0, 0)
            return try rt.object(array.ravel())
        },
        "flatten": { array, args, rt in
            try args.expect("flatten", 0, 0)
            return try rt.object(array.flatten())
        },
        "copy": { array, args, rt in
            try args.expect("copy", 0, 0)
            return try rt.object(array.copy())
        },
        "astype": { array, args, rt in
            let bound = try NumPyArguments(args, "astype", ["dtype", "order", "casting", "subok", "copy"], required: 1)
            guard let dtype = try NumPyArguments.dtype(bound.given("dtype") ?? .none, rt) else {
                return try rt.object(array.astype(.float64))
            }
            return try rt.object(array.astype(dtype))
        },
        "tolist": { array, args, rt in
            try args.expect("tolist", 0, 0)
            try rt.chargeMade(array.size)
            return NumPyObjects.object(array.tolist(), rt)
        },
        "item": { array, args, rt in
            try args.expect("item", 0, Int.max)
            if args.positional.isEmpty { return rt.object(try rt.numpy { try array.item() }) }
            let indices = try args.positional.count == 1 && !args.positional[0].isIntLike
                ? rt.elements(of: args.positional[0]).map(NumPyArguments.integer)
                : args.positional.map(NumPyArguments.integer)
            if indices.count == 1 { return rt.object(try rt.numpy { try array.item(indices[0]) }) }
            return try rt.object(try rt.numpy { try array.get(indices.map { .integer($0) }) })
        },
        "transpose": { array, args, rt in
            if args.positional.isEmpty || (args.positional.count == 1 && NumPyObjects.isNone(args.positional[0])) {
                return try rt.object(array.T)
            }
            let axes = try shapeArguments(args, "transpose", keyword: "axes", rt)
            return try rt.object(try rt.numpy { try array.transpose(axes) })
        },
        "dot": { array, args, rt in
            let bound = try NumPyArguments(args, "dot", ["b", "out"], required: 1)
            let other = try rt.requiredOperand(bound.given("b") ?? .none, for: "dot")
            return try rt.object(try rt.numpy { try NumPy.dot(.array(array), other) })
        },
        "clip": { array, args, rt in
            let bound = try NumPyArguments(args, "clip", ["min", "max", "out"])
            return try NumPyObjects.clip(.array(array), bound["min"], bound["max"], rt)
        },
        "round": { array, args, rt in
            let bound = try NumPyArguments(args, "round", ["decimals", "out"])
            return try rt.object(try rt.numpy { try NumPy.round(.array(array), decimals: try bound.integer("decimals", 0)) })
        },
        "nonzero": { array, args, rt in
            try args.expect("nonzero", 0, 0)
            return .tuple(try rt.numpy { try NumPy.nonzero(array) }.map { try rt.object($0) })
        },
        "fill": { array, args, rt in
            try args.expect("fill", 1, 1)
            let value = try rt.requiredOperand(args.positional[0], for: "fill")
            try rt.numpy { try array.set([.ellipsis], value) }
            return .none
        },
        "__abs__": { array, args, rt in
            try args.expect("__abs__", 0, 0)
            return try rt.object(try rt.numpy { try NumPy.apply(.absolute, .array(array)) })
        },
    ]

    /// A shape given as separate ints (`reshape(2, 3)`), one tuple (`reshape((2, 3))`), or by keyword.
    private static func shapeArguments(_ args: Arguments, _ name: String, keyword: String, _ rt: Interpreter) throws
        -> [Int]
    {
        try args.expect(name, 0, Int.max, keywords: [keyword])
        if let given = args.keyword(keyword) {
            guard args.positional.isEmpty else {
                throw PyError.type("\(name)() got multiple values for argument '\(keyword)'")
            }
            return try NumPyArguments.shape(given, rt)
        }
        guard !args.positional.isEmpty else {
            throw PyError.type("\(name)() missing required argument '\(keyword)' (pos 1)")
        }
        if args.positional.count == 1 { return try NumPyArguments.shape(args.positional[0], rt) }
        return try args.positional.map(NumPyArguments.integer)
    }
}
