import Foundation

/// What made a node. Each operation's forward rule and local derivative sit side by side below, written the way
/// micrograd writes them, so the math reads like the lecture's whiteboard.
///
/// Derived operations are built from these primitives, as in micrograd: `a - b` is `a + (b * -1)`, `-a` is
/// `a * -1`, and `a / b` is `a * b**-1`.
public enum Operation: UInt8, Sendable {
    /// A value made directly, not by an operation.
    case leaf
    case add, multiply
    /// `a ** k` with a number `k` written as a float (`**0.5`).
    case power
    /// `a ** k` with a number `k` written as an integer (`**2`, `**-1`).
    case integerPower
    case exp, log, tanh, relu, sigmoid
}

extension NodeStorage {
    // out = a + b                       ∂out/∂a = 1, ∂out/∂b = 1
    @inline(__always) func add(_ a: Int32, _ b: Int32) -> Int32 {
        append(.add, a, b, data: data[Int(a)] + data[Int(b)])
    }

    // out = a * b                       ∂out/∂a = b, ∂out/∂b = a
    @inline(__always) func multiply(_ a: Int32, _ b: Int32) -> Int32 {
        append(.multiply, a, b, data: data[Int(a)] * data[Int(b)])
    }

    // out = a ** k                      ∂out/∂a = k · a ** (k − 1)
    @inline(__always) func power(_ a: Int32, _ k: Double, integerExponent: Bool) -> Int32 {
        append(integerExponent ? .integerPower : .power, a, -1, data: Foundation.pow(data[Int(a)], k), constant: k)
    }

    // out = e ** a                      ∂out/∂a = out
    @inline(__always) func exp(_ a: Int32) -> Int32 {
        append(.exp, a, -1, data: Foundation.exp(data[Int(a)]))
    }

    // out = ln a                        ∂out/∂a = 1 / a
    @inline(__always) func log(_ a: Int32) -> Int32 {
        append(.log, a, -1, data: Foundation.log(data[Int(a)]))
    }

    // out = (e^2a − 1) / (e^2a + 1)     ∂out/∂a = 1 − out²
    // The lecture's formula, kept for bit-for-bit parity with its Python; beyond where e^2a overflows the
    // limit is exactly ±1.
    @inline(__always) func tanh(_ a: Int32) -> Int32 {
        let x = data[Int(a)]
        let t: Double
        if 2 * x > 709 {
            t = 1
        } else {
            let e2x = Foundation.exp(2 * x)
            t = (e2x - 1) / (e2x + 1)
        }
        return append(.tanh, a, -1, data: t)
    }

    // out = max(0, a)                   ∂out/∂a = [out > 0]
    @inline(__always) func relu(_ a: Int32) -> Int32 {
        let x = data[Int(a)]
        return append(.relu, a, -1, data: x < 0 ? 0 : x)
    }

    // out = 1 / (1 + e^−a)              ∂out/∂a = out · (1 − out)
    @inline(__always) func sigmoid(_ a: Int32) -> Int32 {
        append(.sigmoid, a, -1, data: 1 / (1 + Foundation.exp(-data[Int(a)])))
    }

    /// Node `i`'s local chain-rule step, micrograd's `_backward()`.
    @inline(__always) func propagate(_ i: Int) {
        Columns(self).propagate(i)
    }
}

extension Columns {
    /// Node `i`'s local chain-rule step, micrograd's `_backward()`: adds `∂out/∂operand · out.grad` to each
    /// operand's gradient, in micrograd's order of floating-point operations.
    @inline(__always) func propagate(_ i: Int) {
        let a = Int(lhs[i]), b = Int(rhs[i])
        let g = grad[i]
        switch operation[i] {
        case .leaf:
            break
        case .add:
            grad[a] += g
            grad[b] += g
        case .multiply:
            grad[a] += data[b] * g
            grad[b] += data[a] * g
        case .power, .integerPower:
            let k = constant[i]
            grad[a] += (k * Foundation.pow(data[a], k - 1)) * g
        case .exp:
            grad[a] += data[i] * g
        case .log:
            grad[a] += (1 / data[a]) * g
        case .tanh:
            grad[a] += (1 - Foundation.pow(data[i], 2)) * g
        case .relu:
            grad[a] += data[i] > 0 ? g : 0 * g
        case .sigmoid:
            grad[a] += (data[i] * (1 - data[i])) * g
        }
    }
}

extension Operation {
    /// Python's `_op` string for a node: `+`, `*`, `**2`, `tanh`, `ReLU`, …; empty for a leaf.
    func symbol(exponent: Double) -> String {
        switch self {
        case .leaf: return ""
        case .add: return "+"
        case .multiply: return "*"
        case .power: return "**" + PythonFloat.repr(exponent)
        case .integerPower: return "**" + String(Int(exponent))
        case .exp: return "exp"
        case .log: return "log"
        case .tanh: return "tanh"
        case .relu: return "ReLU"
        case .sigmoid: return "sigmoid"
        }
    }
}
