import Foundation

/// The values torch computes, per dtype. The engine builds every node and computes the gradients; where torch's
/// forward arithmetic differs from micrograd's (true division rather than `a * b**-1`, `x*x` for `x**2`, the C
/// library's `tanh`, and `float32` rounding after every step), the node's value is set to torch's.
enum TorchForward {
    /// `a op b` for operands already converted to `dtype`.
    static func binary(_ op: TensorBinaryOperation, _ a: Double, _ b: Double, _ dtype: TorchDType) throws -> Double {
        switch dtype {
        case .float64: return binary(op, a, b)
        case .float32: return Double(binary(op, Float(a), Float(b)))
        case .int64: return Double(try integer(op, TorchDType.integer(a), TorchDType.integer(b)))
        }
    }

    /// One element of an operation on one tensor, for an operand already converted to `dtype`.
    static func unary(_ op: TensorUnaryOperation, _ x: Double, _ dtype: TorchDType) -> Double {
        switch dtype {
        case .float64: return unary(op, x)
        case .float32: return Double(unary(op, Float(x)))
        case .int64:
            let i = TorchDType.integer(x)
            return Double(op == .negate ? 0 &- i : Swift.max(0, i))
        }
    }

    private static func binary<T: BinaryFloatingPoint>(_ op: TensorBinaryOperation, _ a: T, _ b: T) -> T {
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return power(a, b)
        }
    }

    /// torch's `pow(tensor, scalar)`: its special cases (`x*x`, `x*x*x`, `sqrt`, reciprocals) before `pow`.
    private static func power<T: BinaryFloatingPoint>(_ x: T, _ k: T) -> T {
        switch k {
        case 0: return 1
        case 1: return x
        case 2: return x * x
        case 3: return x * x * x
        case 0.5: return x.squareRoot()
        case -0.5: return 1 / x.squareRoot()
        case -1: return 1 / x
        case -2: return 1 / (x * x)
        default: return T(Foundation.pow(Double(x), Double(k)))
        }
    }

    private static func unary<T: BinaryFloatingPoint>(_ op: TensorUnaryOperation, _ x: T) -> T {
        switch op {
        case .negate: return -x
        case .tanh: return T(Foundation.tanh(Double(x)))
        case .exp: return T(Foundation.exp(Double(x)))
        case .sigmoid: return 1 / (1 + T(Foundation.exp(-Double(x))))
        case .relu: return x < 0 ? 0 : x
        case .reciprocal: return 1 / x
        }
    }

    /// `int64` arithmetic, wrapping on overflow as torch's does. (True division of integers gives a float, so `/`
    /// only gets here through a lesson's explicit `int64` request; it truncates and never traps.)
    private static func integer(_ op: TensorBinaryOperation, _ a: Int, _ b: Int) throws -> Int {
        switch op {
        case .add: return a &+ b
        case .subtract: return a &- b
        case .multiply: return a &* b
        case .divide: return b == 0 ? 0 : a.dividedReportingOverflow(by: b).partialValue
        case .power:
            if b < 0 { throw TorchError.runtime("Integers to negative integer powers are not allowed.") }
            var result = 1, base = a, exponent = b
            while exponent > 0 {
                if exponent & 1 == 1 { result = result &* base }
                base = base &* base
                exponent >>= 1
            }
            return result
        }
    }
}
