/// What numpy hands back from an operation: an array, or a scalar where numpy unwraps a 0-d result (ufuncs on
/// scalars, full reductions, indexing every axis with an integer).
///
/// Operands are given the same way: a Python `float`, `int` or `bool`, or a numpy scalar, is `.scalar`; an ndarray
/// is `.array`.
public enum ArrayOrScalar {
    case array(NDArray)
    case scalar(Scalar)

    /// The value as an array: a scalar becomes a 0-d array.
    public var asArray: NDArray {
        switch self {
        case .array(let array): array
        case .scalar(let scalar): NDArray(scalar: scalar)
        }
    }

    /// The dtype of the value.
    public var dtype: DType {
        switch self {
        case .array(let array): array.dtype
        case .scalar(let scalar): scalar.dtype
        }
    }

    /// `repr(x)` as numpy prints it.
    public var repr: String {
        switch self {
        case .array(let array): array.repr
        case .scalar(let scalar): scalar.repr
        }
    }

    /// `str(x)` as numpy prints it.
    public var str: String {
        switch self {
        case .array(let array): array.str
        case .scalar(let scalar): scalar.str
        }
    }

    /// A ufunc's result: numpy returns a scalar in place of a 0-d array.
    static func unwrapping(_ array: NDArray) -> ArrayOrScalar {
        if array.ndim == 0, let scalar = array.firstScalar { return .scalar(scalar) }
        return .array(array)
    }
}
