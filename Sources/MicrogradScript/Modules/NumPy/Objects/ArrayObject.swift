/// `numpy.ndarray` in the cell language: an `NDArray` of the array core with the object protocol around it —
/// printing exactly as numpy 1.26 prints, `len`, iteration over the first axis (rows of a 2-D array are arrays, the
/// items of a 1-D array Python numbers), numpy's ambiguous truth value, and no hash.
///
/// The object holds its array for life; writes (`X[0] = 1`, `X += 1`, `np.random.shuffle(X)`) go into the array's
/// memory, which views share, as in numpy. Operators, indexing and methods live in the extensions beside this file.
final class ArrayObject: NativeObject {
    /// The array; its buffer is shared with every view of it.
    let array: NDArray

    init(_ array: NDArray, type: TypeObject) {
        self.array = array
        super.init(type: type)
    }

    /// Sets up `numpy.ndarray` once per session: calling it makes an array of a shape (zeros: Gradbook has no
    /// uninitialised memory), and `in` asks numpy's question, `(arr == x).any()`.
    static func install(on type: TypeObject, _ rt: Interpreter) {
        unowned(unsafe) let rt = rt
        type.construct = { args in
            let bound = try NumPyArguments(args, "ndarray", ["shape", "dtype"], required: 1)
            let shape = try NumPyArguments.shape(bound.given("shape"), rt)
            return try rt.numpy { try rt.object(NDArray.zeros(shape, dtype: try bound.dtype(rt) ?? .float64)) }
        }
        let contains = BuiltinFunction("ndarray.__contains__") { args in
            try args.expect("__contains__", 2, 2)
            guard let array = rt.ndarray(args.positional[0]) else { return .bool(false) }
            guard let operand = try rt.arrayOperand(args.positional[1]) else { return .bool(false) }
            return .bool(try rt.numpy { try array.contains(operand) })
        }
        type.setAttribute("__contains__", .builtin(contains), epoch: &rt.heap.typeEpoch)
    }

    override func binary(_ op: BinaryOperator, _ other: Object, reflected: Bool, _ rt: Interpreter) throws -> Object {
        try arithmetic(op, other, reflected: reflected, rt)
    }

    override func inPlace(_ op: BinaryOperator, _ other: Object, _ rt: Interpreter) throws -> Object {
        try augmented(op, other, rt)
    }

    override func unary(_ op: UnaryOperator, _ rt: Interpreter) throws -> Object? { try elementwise(op, rt) }

    override func compare(_ op: ComparisonOperator, _ other: Object, _ rt: Interpreter) throws -> Object {
        try comparison(op, other, rt)
    }

    override func attribute(_ name: String, _ rt: Interpreter) throws -> Object? { try member(name, rt) }

    override func setAttribute(_ name: String, _ value: Object, _ rt: Interpreter) throws -> Bool {
        try assignMember(name, value, rt)
    }

    override func item(_ key: Object, _ rt: Interpreter) throws -> Object? {
        try rt.object(try rt.numpy { try array.get(try rt.indexComponents(key)) })
    }

    override func setItem(_ key: Object, _ value: Object, _ rt: Interpreter) throws -> Bool {
        try assign(value, at: key, rt)
        return true
    }

    override func repr(_ rt: Interpreter) throws -> String { array.repr }

    override func str(_ rt: Interpreter) throws -> String { array.str }

    override func truth(_ rt: Interpreter) throws -> Bool? { try rt.numpy { try array.truth() } }

    override func length(_ rt: Interpreter) throws -> Int? { try rt.numpy { try array.count() } }

    override func elements(_ rt: Interpreter) throws -> [Object]? {
        try rt.numpy { try array.items() }.map { try rt.object($0) }
    }

    override func hash(_ rt: Interpreter) throws -> Int { throw PyError.type("unhashable type: 'numpy.ndarray'") }

    /// `format(arr, spec)`: a 0-d array formats its element (`f"{np.array(0.5):.3f}"`); any other array accepts
    /// only the empty spec, as numpy's `ndarray.__format__` does.
    override func format(_ spec: String, _ rt: Interpreter) throws -> String? {
        if array.ndim == 0, let scalar = array.scalarValues.first { return try rt.format(rt.object(scalar), spec: spec) }
        if spec.isEmpty { return array.str }
        throw PyError.type("unsupported format string passed to numpy.ndarray.__format__")
    }
}
