/// A numpy function's arguments bound to its parameter names, as Python binds a call: positionally in order, or by
/// keyword; too many, a repeated one, an unknown keyword or a missing required one is Python's `TypeError`.
///
/// ```swift
/// let bound = try NumPyArguments(args, "zeros", ["shape", "dtype", "order"], required: 1)
/// let shape = try NumPyArguments.shape(bound.given("shape"), rt)
/// ```
struct NumPyArguments {
    /// The function's name, for messages.
    let function: String
    private var values: [String: Object] = [:]

    /// Binds `args` to `names` (the first `required` of them must be given); `keywordOnly` names can only be
    /// given by keyword.
    init(_ args: Arguments, _ function: String, _ names: [String], required: Int = 0, keywordOnly: [String] = []) throws {
        self.function = function
        guard args.positional.count <= names.count else {
            throw PyError.type(
                "\(function)() takes \(Self.counted(names.count, required)) positional argument"
                    + "\(names.count == 1 ? "" : "s") but \(args.positional.count) were given")
        }
        for (name, value) in zip(names, args.positional) { values[name] = value }
        for (name, value) in args.keywords {
            guard names.contains(name) || keywordOnly.contains(name) else {
                throw PyError.type("\(function)() got an unexpected keyword argument '\(name)'")
            }
            guard values[name] == nil else {
                throw PyError.type("\(function)() got multiple values for argument '\(name)'")
            }
            values[name] = value
        }
        for name in names.prefix(required) where values[name] == nil {
            throw PyError.type("\(function)() missing required argument '\(name)'")
        }
    }

    private static func counted(_ count: Int, _ required: Int) -> String {
        required == count ? "\(count)" : "from \(required) to \(count)"
    }

    /// The argument `name` as given (`None` included), or nil when it was not given.
    func given(_ name: String) -> Object? { values[name] }

    /// The argument `name`, or nil when it was not given or is `None`.
    subscript(_ name: String) -> Object? {
        guard let value = values[name] else { return nil }
        if case .none = value { return nil }
        return value
    }

    /// The argument `name` as a truth value, `fallback` when not given.
    func flag(_ name: String, _ fallback: Bool, _ rt: Interpreter) throws -> Bool {
        guard let value = values[name] else { return fallback }
        return try rt.truth(value)
    }

    /// The argument `name` as an integer (Python's `TypeError` otherwise), `fallback` when not given or `None`.
    func integer(_ name: String, _ fallback: Int) throws -> Int {
        guard let value = self[name] else { return fallback }
        return try NumPyArguments.integer(value)
    }

    /// The argument `name` as a float, `fallback` when not given or `None`.
    func real(_ name: String, _ fallback: Double, _ rt: Interpreter) throws -> Double {
        guard let value = self[name] else { return fallback }
        return try NumPyArguments.real(value, rt)
    }

    /// The argument `name` as a dtype, nil when not given or `None`.
    func dtype(_ rt: Interpreter) throws -> DType? {
        guard let value = self["dtype"] else { return nil }
        return try NumPyArguments.dtype(value, rt)
    }
}

extension NumPyArguments {
    /// An integer argument: an int or bool (an integer-valued 0-d or one-element array too); anything else is
    /// Python's `TypeError`.
    static func integer(_ object: Object) throws -> Int {
        if object.isIntLike, let i = object.asInt { return i }
        if case .native(let native) = object, let array = (native as? ArrayObject)?.array, array.dtype != .float64,
            array.size == 1, let scalar = array.scalarValues.first
        {
            return Int(Int64(numpyCast: scalar))
        }
        throw PyError.type("'\(object.typeName)' object cannot be interpreted as an integer")
    }

    /// A real-number argument: an int, float or bool, or a one-element array.
    static func real(_ object: Object, _ rt: Interpreter) throws -> Double {
        if object.isNumber, let d = object.asDouble { return d }
        if let array = rt.ndarray(object), array.size == 1, let scalar = array.scalarValues.first {
            return scalar.doubleValue
        }
        throw PyError.type("must be real number, not \(rt.typeName(object))")
    }

    /// A shape: an int, or a tuple or list of ints (`np.zeros((2, 3))`).
    static func shape(_ object: Object?, _ rt: Interpreter) throws -> [Int] {
        guard let object else { return [] }
        switch object {
        case .tuple, .list: return try rt.elements(of: object).map(integer)
        default:
            if let array = rt.ndarray(object), array.ndim == 1, array.dtype != .float64 {
                return array.scalarValues.map { Int(Int64(numpyCast: $0)) }
            }
            return [try integer(object)]
        }
    }

    /// An `axis` argument: nil for `None`, one axis, or a tuple of axes.
    static func axes(_ object: Object?, _ rt: Interpreter) throws -> [Int]? {
        guard let object else { return nil }
        switch object {
        case .none: return nil
        case .tuple: return try rt.elements(of: object).map(integer)
        default: return [try integer(object)]
        }
    }

    /// A `dtype` argument: a name (`'float64'`), a type (`float`, `np.int64`), or a dtype object; nil for `None`.
    /// dtypes Gradbook's arrays do not hold (`float32`, strings, objects) are a clear `TypeError`.
    static func dtype(_ object: Object, _ rt: Interpreter) throws -> DType? {
        switch object {
        case .none: return nil
        case .string(let name):
            if let dtype = DType(name: name) { return dtype }
            throw unsupported(repr: "'\(name)'", name: name)
        case .type(let type):
            if let dtype = NumPyTypes.dtype(named: type, rt) { return dtype }
            throw unsupported(repr: try rt.repr(object), name: type.name)
        case .native(let native):
            if let dtype = (native as? DTypeObject)?.dtype { return dtype }
        default: break
        }
        throw PyError.type("Cannot interpret '\(try rt.repr(object))' as a data type")
    }

    private static func unsupported(repr: String, name: String) -> PyError {
        let known = ["float32", "float16", "int32", "int16", "int8", "uint8", "uint16", "uint32", "uint64", "str",
            "object", "complex", "complex128", "U", "S", "O", "f4", "i4"]
        if known.contains(name) {
            return PyError.type(
                "data type \(repr) is not supported in Gradbook's numpy, whose arrays hold float64, int64 and bool")
        }
        return PyError.type("data type \(repr) not understood")
    }
}
