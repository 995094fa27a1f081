/// The session's numpy types, made once each: `numpy.ndarray`, `numpy.dtype`, the scalar types that name dtypes
/// (`np.float64`, `np.int64`, `np.bool_`) and numpy's `AxisError`.
///
/// Each is registered with the session's built-in types by qualified name (or kept on the numpy module), so every
/// array a module makes — numpy's, sklearn's — has the same type, and `isinstance(X, np.ndarray)` holds.
enum NumPyTypes {
    /// `numpy.ndarray`, with its special methods installed on first use.
    static func ndarray(_ rt: Interpreter) -> TypeObject {
        let type = rt.types.native("ndarray", module: "numpy")
        if type.construct == nil { ArrayObject.install(on: type, rt) }
        return type
    }

    /// `numpy.dtype`: calling it reads a dtype (`np.dtype('float64')`).
    static func dtype(_ rt: Interpreter) -> TypeObject {
        let type = rt.types.native("dtype", module: "numpy")
        if type.construct == nil {
            unowned(unsafe) let rt = rt
            type.construct = { args in
                try args.expect("dtype", 1, 1)
                guard let dtype = try NumPyArguments.dtype(args.positional[0], rt) else {
                    return .native(DTypeObject(.float64, rt))
                }
                return .native(DTypeObject(dtype, rt))
            }
        }
        return type
    }

    /// The scalar type numpy names for `dtype` (`numpy.float64`, `numpy.int64`, `numpy.bool_`). Calling one
    /// converts as `float`, `int` or `bool` does and gives the Python number (see `Interpreter.numpy`).
    static func scalarType(_ dtype: DType, _ rt: Interpreter) -> TypeObject {
        let name = dtype == .bool ? "bool_" : dtype.name
        let type = rt.types.native(name, module: "numpy")
        if type.construct == nil {
            unowned(unsafe) let rt = rt
            let converter = ["float64": "float", "int64": "int", "bool_": "bool"][name] ?? "float"
            type.construct = { args in
                try args.expect(name, 0, 1)
                if let array = args.positional.first.flatMap(rt.ndarray) {
                    return try rt.numpy { try rt.object(ArrayOrScalar.array(array.astype(dtype))) }
                }
                guard case .type(let python)? = rt.builtins[converter] else { return .none }
                return try rt.call(.type(python), args)
            }
        }
        return type
    }

    /// The dtype a type object names: numpy's scalar types and Python's `float`, `int` and `bool`.
    static func dtype(named type: TypeObject, _ rt: Interpreter) -> DType? {
        if type === rt.types.float { return .float64 }
        if type === rt.types.int { return .int64 }
        if type === rt.types.bool { return .bool }
        for dtype in DType.allCases where type === scalarType(dtype, rt) { return dtype }
        return nil
    }

    /// numpy's `AxisError`, a subclass of both `ValueError` and `IndexError`, kept on the numpy module.
    static func axisError(_ rt: Interpreter) -> TypeObject {
        if case .type(let type)? = rt.modules["numpy"]?.attributes["AxisError"] { return type }
        let bases = ["ValueError", "IndexError"].compactMap { rt.types.named($0) }
        let type = TypeObject(
            builtin: .native, name: "AxisError", bases: bases, module: "numpy.exceptions", subclassable: false)
        rt.modules["numpy"]?.attributes["AxisError"] = .type(type)
        return type
    }
}
