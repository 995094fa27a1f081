/// numpy's module-level functions over arrays and scalars (`np.add`, `np.exp`, `np.where`, …), as the wrapper's
/// `numpy` module and the ndarray operators call them. Operands are `ArrayOrScalar`: Python numbers and numpy
/// scalars behave as 0-d arrays, and a result is a scalar when every operand was 0-d, as numpy's ufuncs return.
public enum NumPy {
    /// A two-operand ufunc: `np.add(a, b)`, `a + b`, `a < b`, `np.maximum(a, b)`, … with broadcasting and numpy
    /// 1.26's type promotion.
    public static func apply(
        _ operation: BinaryOperation, _ lhs: ArrayOrScalar, _ rhs: ArrayOrScalar
    ) throws -> ArrayOrScalar {
        let a = lhs.asArray
        let b = rhs.asArray
        let shape = try Broadcast.shape([a.shape, b.shape])
        return .unwrapping(try BinaryKernels.run(operation, a, b, shape: shape))
    }

    /// A one-operand ufunc: `np.exp(a)`, `-a`, `abs(a)`, `~a`, …
    public static func apply(_ operation: UnaryOperation, _ operand: ArrayOrScalar) throws -> ArrayOrScalar {
        .unwrapping(try UnaryKernels.run(operation, operand.asArray))
    }

    /// The `**` operator (`ndarray.__pow__`): numpy replaces a scalar exponent of 2, 0.5, 1, 0 or -1 on a float
    /// array by `square`, `sqrt`, a copy, `ones_like` or `reciprocal` (and 2 on an int array by `square`), which
    /// can differ from `np.power` in the last bit or for `-0.0` and `-inf`. Everything else is `np.power`.
    public static func power(_ base: ArrayOrScalar, _ exponent: ArrayOrScalar) throws -> ArrayOrScalar {
        guard case .array(let array) = base else { return try apply(.power, base, exponent) }
        let exponentScalar: Scalar?
        switch exponent {
        case .scalar(let scalar): exponentScalar = scalar
        case .array(let e): exponentScalar = e.ndim == 0 ? e.firstScalar : nil
        }
        guard let e = exponentScalar else { return try apply(.power, base, exponent) }
        let value = e.doubleValue
        if array.dtype == .float64 {
            switch value {
            case 1: return .array(array.copy())
            case -1: return .array(ElementwiseLoop.map(array) { (x: Double) in 1 / x })
            case 0: return .array(try NDArray.onesLike(array))
            case 0.5: return try apply(.sqrt, base)
            case 2: return try apply(.square, base)
            default: break
            }
        } else if value == 2 {
            let operand = e.dtype == .float64 ? array.astype(.float64) : array
            return try apply(.square, .array(operand))
        }
        return try apply(.power, base, exponent)
    }

    /// An augmented assignment (`a += b`, `a *= b`, …): numpy computes `op(a, b, out=a)`, so the result is written
    /// into `target`'s memory (views see it) and must fit its shape and dtype under `same_kind` casting.
    public static func applyInPlace(
        _ operation: BinaryOperation, _ target: NDArray, _ operand: ArrayOrScalar
    ) throws {
        let result = try apply(operation, .array(target), operand).asArray
        guard result.dtype.canCastSameKind(to: target.dtype) else {
            throw NumPyError.type(
                "Cannot cast ufunc '\(operation.ufuncName)' output from dtype('\(result.dtype.name)') to "
                    + "dtype('\(target.dtype.name)') with casting rule 'same_kind'")
        }
        guard result.shape == target.shape else {
            throw NumPyError.value(
                "non-broadcastable output operand with shape \(ArrayShape.compactRepr(target.shape)) doesn't match the "
                    + "broadcast shape \(ArrayShape.compactRepr(result.shape))")
        }
        try target.assign(result)
    }
}
