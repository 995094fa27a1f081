/// numpy's one-operand ufuncs that Gradbook supports, named as numpy names them.
public enum UnaryOperation: String, CaseIterable, Sendable {
    case negative, positive, absolute, invert
    case logicalNot = "logical_not"
    case exp, exp2, expm1, log, log2, log10, log1p, sqrt, square
    case sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh, arcsinh, arccosh, arctanh
    case sign, floor, ceil, rint, trunc
    case isnan, isinf, isfinite

    /// numpy's ufunc name.
    public var ufuncName: String { rawValue }
}
