/// How the cell language meets the array core: the core's errors become Python exceptions, its scalars become
/// Python numbers, its arrays become `numpy.ndarray` objects, and every call runs under the session's element limit.
///
/// numpy's scalars are Python's here: a reduction, an index into every axis or a ufunc of numbers gives a `float`,
/// `int` or `bool`, never a `numpy.float64`. numpy 1.26 prints its scalars exactly as Python prints these, and they
/// mix with the engine's `Value` and lessons' classes without special cases; the differences are listed in
/// `NumPyModule`'s documentation.
extension Interpreter {
    /// Runs array-core work with the session's bound on elements per array (`limits.collectionElements`), turning
    /// a `NumPyError` into the Python exception numpy raises.
    func numpy<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try ElementLimit.$maximum.withValue(limits.collectionElements) { try body() }
        } catch let error as NumPyError {
            throw pythonError(error)
        }
    }

    /// The Python exception for an array-core error. numpy's own classes are instances of them: `AxisError`
    /// (which `except ValueError` and `except IndexError` both catch) and, for an output cast that `a += 1.5`
    /// refuses, `UFuncTypeError` (a `TypeError`).
    func pythonError(_ error: NumPyError) -> PyError {
        if error.kind == .axisError { return raising(NumPyTypes.axisError(self), error.message) }
        if error.kind == .typeError, error.message.hasPrefix("Cannot cast ufunc") {
            let type = types.native("UFuncTypeError", module: "numpy.core._exceptions", base: types.named("TypeError"))
            return raising(type, error.message)
        }
        return PyError(error.kind.rawValue, error.message)
    }

    /// A `PyError` carrying an instance of `type` (an exception class a module defines) with `message`.
    func raising(_ type: TypeObject, _ message: String) -> PyError {
        let instance = Instance(type: type, heap: heap)
        instance.exception?.arguments = [.string(message)]
        return PyError(raising: instance, message: message)
    }

    /// A numpy scalar as the Python number Gradbook gives for it.
    func object(_ scalar: Scalar) -> Object {
        switch scalar {
        case .bool(let b): .bool(b)
        case .int64(let i): .int(Int(i))
        case .float64(let d): .float(d)
        }
    }

    /// An array as a `numpy.ndarray` object, charging the step budget for its elements.
    func object(_ array: NDArray) throws -> Object {
        try chargeMade(array.size)
        return .native(ArrayObject(array, type: NumPyTypes.ndarray(self)))
    }

    /// An array-core result: a Python number for a scalar, an ndarray object for an array.
    func object(_ result: ArrayOrScalar) throws -> Object {
        switch result {
        case .scalar(let scalar): object(scalar)
        case .array(let array): try object(array)
        }
    }

    /// The array inside `object` if it is an ndarray.
    func ndarray(_ object: Object) -> NDArray? {
        guard case .native(let native) = object, let array = native as? ArrayObject else { return nil }
        return array.array
    }
}
