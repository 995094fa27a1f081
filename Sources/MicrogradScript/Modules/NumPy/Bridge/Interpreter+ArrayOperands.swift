/// Reading the cell's objects as array operands: Python numbers are scalars, lists and tuples (nested) become
/// arrays as `np.array` makes them, and an ndarray is itself.
extension Interpreter {
    /// `object` as an operand of an array operation, or nil when numpy would not treat it as numbers (an engine
    /// `Value`, a lesson's object, a string): the caller then returns `NotImplemented` or raises.
    func arrayOperand(_ object: Object) throws -> ArrayOrScalar? {
        switch object {
        case .bool(let b): return .scalar(.bool(b))
        case .int(let i): return .scalar(.int64(Int64(i)))
        case .float(let d): return .scalar(.float64(d))
        case .native(let native):
            guard let array = native as? ArrayObject else { return nil }
            return .array(array.array)
        case .list, .tuple, .range: return .array(try numpy { try NDArray.array(try nestedValues(object, depth: 0)) })
        default: return nil
        }
    }

    /// `object` as an operand, or numpy's refusal naming the function (`np.exp('a')`).
    func requiredOperand(_ object: Object, for function: String) throws -> ArrayOrScalar {
        if let operand = try arrayOperand(object) { return operand }
        throw unsupportedElements(object, in: function)
    }

    /// `np.asarray(object, dtype)`: the array itself when it already has the dtype, else a new one.
    func asArray(_ object: Object, dtype: DType? = nil, for function: String = "array") throws -> NDArray {
        if let array = ndarray(object) { return dtype.map { array.dtype == $0 ? array : array.astype($0) } ?? array }
        let nested = try nestedValues(object, depth: 0, for: function)
        return try numpy { try NDArray.array(nested, dtype: dtype) }
    }

    /// Nested lists, tuples and ranges of numbers (and arrays) as the core reads them, charging a step per element.
    func nestedValues(_ object: Object, depth: Int, for function: String = "array") throws -> NestedValues {
        switch object {
        case .bool(let b): return .scalar(.bool(b))
        case .int(let i): return .scalar(.int64(Int64(i)))
        case .float(let d): return .scalar(.float64(d))
        case .list, .tuple, .range:
            guard depth < ArrayLiteralReader.maximumDimensions else {
                throw PyError.value(
                    "maximum supported dimension for an ndarray is \(ArrayLiteralReader.maximumDimensions), found "
                        + "\(depth + 1)")
            }
            let items = try elements(of: object)
            try chargeMade(items.count)
            return .list(try items.map { try nestedValues($0, depth: depth + 1, for: function) })
        case .native(let native):
            if let array = native as? ArrayObject { return .array(array.array) }
        default: break
        }
        throw unsupportedElements(object, in: function)
    }

    /// Gradbook's arrays hold numbers only: numpy would make an object or string array here.
    func unsupportedElements(_ object: Object, in function: String) -> PyError {
        PyError.type(
            "\(function)(): Gradbook's numpy arrays hold numbers (float64, int64, bool), not '\(typeName(object))'")
    }
}
