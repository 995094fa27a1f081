import Foundation

/// The element rules of each one-operand ufunc. The transcendental functions call the C library (glibc here), as
/// numpy does for float64 on this machine, so results agree bit for bit (except `tanh`: numpy 1.26 uses its own
/// SIMD code on AVX2 machines; see the tests for the measured bound).
enum UnaryKernels {
    private typealias Loop = ElementwiseLoop

    /// `operation` over every element of `a`.
    static func run(_ operation: UnaryOperation, _ a: NDArray) throws -> NDArray {
        if let function = transcendental(operation) {
            return Loop.map(a) { (x: Double) in function(x) }
        }
        switch (operation, a.dtype) {
        case (.negative, .bool):
            throw NumPyError.type(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the "
                    + "logical_not function instead.")
        case (.negative, .int64): return Loop.map(a) { (x: Int64) in 0 &- x }
        case (.negative, .float64): return Loop.map(a) { (x: Double) in -x }
        case (.positive, .bool), (.sign, .bool): throw noLoop(operation)
        case (.positive, _): return a.copy()
        case (.absolute, .bool): return a.copy()
        case (.absolute, .int64): return Loop.map(a) { (x: Int64) in x < 0 ? 0 &- x : x }
        case (.absolute, .float64): return Loop.map(a) { (x: Double) in Swift.abs(x) }
        case (.invert, .bool): return Loop.map(a) { (x: Bool) in !x }
        case (.invert, .int64): return Loop.map(a) { (x: Int64) in ~x }
        case (.invert, .float64): throw NumPyError.unsupported(ufunc: operation.ufuncName)
        case (.logicalNot, _): return Loop.map(a) { (x: Bool) in !x }
        case (.square, .float64): return Loop.map(a) { (x: Double) in x * x }
        case (.square, _): return Loop.map(a) { (x: Int64) in x &* x }
        case (.sign, .int64): return Loop.map(a) { (x: Int64) in x.signum() }
        case (.sign, .float64): return Loop.map(a) { (x: Double) in x > 0 ? 1 : (x < 0 ? -1 : (x == 0 ? 0 : x)) }
        case (.isnan, _): return Loop.map(a) { (x: Double) in x.isNaN }
        case (.isinf, _): return Loop.map(a) { (x: Double) in x.isInfinite }
        case (.isfinite, _): return Loop.map(a) { (x: Double) in x.isFinite }
        default: return a.copy()
        }
    }

    /// The float64 function of a ufunc that always computes in float64 (ints are converted; numpy computes bools in
    /// float16, Gradbook in float64).
    private static func transcendental(_ operation: UnaryOperation) -> ((Double) -> Double)? {
        switch operation {
        case .exp: Foundation.exp
        case .exp2: Foundation.exp2
        case .expm1: Foundation.expm1
        case .log: Foundation.log
        case .log2: Foundation.log2
        case .log10: Foundation.log10
        case .log1p: Foundation.log1p
        case .sqrt: { $0.squareRoot() }
        case .sin: Foundation.sin
        case .cos: Foundation.cos
        case .tan: Foundation.tan
        case .arcsin: Foundation.asin
        case .arccos: Foundation.acos
        case .arctan: Foundation.atan
        case .sinh: Foundation.sinh
        case .cosh: Foundation.cosh
        case .tanh: Foundation.tanh
        case .arcsinh: Foundation.asinh
        case .arccosh: Foundation.acosh
        case .arctanh: Foundation.atanh
        case .floor: { $0.rounded(.down) }
        case .ceil: { $0.rounded(.up) }
        case .rint: { $0.rounded(.toNearestOrEven) }
        case .trunc: { $0.rounded(.towardZero) }
        default: nil
        }
    }

    /// numpy's `UFuncTypeError` when a ufunc has no loop for bool.
    private static func noLoop(_ operation: UnaryOperation) -> NumPyError {
        .type(
            "ufunc '\(operation.ufuncName)' did not contain a loop with signature matching types "
                + "<class 'numpy.dtypes.BoolDType'> -> None")
    }
}
