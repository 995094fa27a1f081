import Foundation

// Arithmetic with micrograd's exact node shapes, built from the operations on intermediates (Intermediate.swift),
// which say how each is derived: a plain number becomes a leaf, `a - b` is `a + (-b)`, `-a` is `a * -1`, and
// `a / b` is `a * b**-1` (for a number `b`, Python computes `b**-1` as a float first).

extension Value {
    /// `self + other`.
    public static func + (lhs: Value, rhs: Value) -> Value {
        lhs.tape.computing { $0.add($0.operand(lhs), $0.operand(rhs)) }
    }

    /// `self + number`.
    public static func + (lhs: Value, rhs: Double) -> Value { lhs.tape.computing { $0.add($0.operand(lhs), rhs) } }

    /// `number + self` (Python's `__radd__`: `self + number`).
    public static func + (lhs: Double, rhs: Value) -> Value { rhs.tape.computing { $0.add(lhs, $0.operand(rhs)) } }

    /// `self * other`.
    public static func * (lhs: Value, rhs: Value) -> Value {
        lhs.tape.computing { $0.multiply($0.operand(lhs), $0.operand(rhs)) }
    }

    /// `self * number`.
    public static func * (lhs: Value, rhs: Double) -> Value {
        lhs.tape.computing { $0.multiply($0.operand(lhs), rhs) }
    }

    /// `number * self` (Python's `__rmul__`: `self * number`).
    public static func * (lhs: Double, rhs: Value) -> Value {
        rhs.tape.computing { $0.multiply(lhs, $0.operand(rhs)) }
    }

    /// `-self`, which micrograd writes as `self * -1`.
    public static prefix func - (operand: Value) -> Value { operand.tape.computing { $0.negate($0.operand(operand)) } }

    /// `self - other` = `self + (-other)`.
    public static func - (lhs: Value, rhs: Value) -> Value {
        lhs.tape.computing { $0.subtract($0.operand(lhs), $0.operand(rhs)) }
    }

    /// `self - number` = `self + (-number)`.
    public static func - (lhs: Value, rhs: Double) -> Value {
        lhs.tape.computing { $0.subtract($0.operand(lhs), rhs) }
    }

    /// `number - self` (Python's `__rsub__`: `number + (-self)`, i.e. `(-self) + number`).
    public static func - (lhs: Double, rhs: Value) -> Value {
        rhs.tape.computing { $0.subtract(lhs, $0.operand(rhs)) }
    }

    /// `self / other` = `self * other**-1`.
    public static func / (lhs: Value, rhs: Value) -> Value {
        lhs.tape.computing { $0.divide($0.operand(lhs), $0.operand(rhs)) }
    }

    /// `self / number` = `self * (number ** -1)`, the reciprocal computed as Python does.
    public static func / (lhs: Value, rhs: Double) -> Value { lhs.tape.computing { $0.divide($0.operand(lhs), rhs) } }

    /// `number / self` (Python's `__rtruediv__`: `number * self**-1`, i.e. `self**-1 * number`).
    public static func / (lhs: Double, rhs: Value) -> Value { rhs.tape.computing { $0.divide(lhs, $0.operand(rhs)) } }

    /// `self ** k` for an integer `k`; the node's `_op` is `**k`.
    public func pow(_ exponent: Int) -> Value {
        tape.computing { $0.power($0.operand(self), Double(exponent), integerExponent: true) }
    }

    /// `self ** k` for a float `k`; the node's `_op` is `**` followed by Python's spelling of `k` (`**0.5`).
    public func pow(_ exponent: Double) -> Value {
        tape.computing { $0.power($0.operand(self), exponent, integerExponent: false) }
    }

    /// `tanh(self)`.
    public func tanh() -> Value { tape.computing { $0.tanh($0.operand(self)) } }
    /// `e ** self`.
    public func exp() -> Value { tape.computing { $0.exp($0.operand(self)) } }
    /// The natural logarithm.
    public func log() -> Value { tape.computing { $0.log($0.operand(self)) } }
    /// `max(0, self)`, micrograd's `relu`.
    public func relu() -> Value { tape.computing { $0.relu($0.operand(self)) } }
    /// `1 / (1 + e ** -self)`.
    public func sigmoid() -> Value { tape.computing { $0.sigmoid($0.operand(self)) } }
}

/// Python's `sum(values, start)`: folds left from `start`, or from the integer 0 when there is none. Like Python,
/// `sum([a, b])` computes `(0 + a) + b`, and `0 + a` is micrograd's `a + 0` (a leaf 0 and an addition).
public func sum(_ values: [Value], start: Value? = nil) -> Value? {
    guard let first = values.first ?? start else { return nil }
    let tape = first.tape
    tape.collectIfNeeded()
    let nodes = tape.nodes
    return values.withUnsafeBufferPointer { values in
        var total: Int32
        var rest = values[...]
        if let start {
            total = start.index
        } else {
            total = nodes.add(first.index, nodes.leaf(0))
            rest = rest.dropFirst()
        }
        for value in rest { total = nodes.add(total, value.index) }
        return Value.wrap(total, on: tape)
    }
}
