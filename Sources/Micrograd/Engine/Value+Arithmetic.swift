import Foundation

// Arithmetic with micrograd's exact node shapes: a plain number becomes a leaf, `a - b` is `a + (-b)`,
// `-a` is `a * -1`, and `a / b` is `a * b**-1` (for a number `b`, Python computes `b**-1` as a float first).

extension Value {
    /// `self + other`.
    public static func + (lhs: Value, rhs: Value) -> Value {
        let tape = lhs.tape
        tape.collectIfNeeded()
        return wrap(tape.nodes.add(lhs.index, rhs.index), on: tape)
    }

    /// `self + number`.
    public static func + (lhs: Value, rhs: Double) -> Value {
        let tape = lhs.tape
        tape.collectIfNeeded()
        return wrap(tape.nodes.add(lhs.index, tape.nodes.leaf(rhs)), on: tape)
    }

    /// `number + self` (Python's `__radd__`: `self + number`).
    public static func + (lhs: Double, rhs: Value) -> Value { rhs + lhs }

    /// `self * other`.
    public static func * (lhs: Value, rhs: Value) -> Value {
        let tape = lhs.tape
        tape.collectIfNeeded()
        return wrap(tape.nodes.multiply(lhs.index, rhs.index), on: tape)
    }

    /// `self * number`.
    public static func * (lhs: Value, rhs: Double) -> Value {
        let tape = lhs.tape
        tape.collectIfNeeded()
        return wrap(tape.nodes.multiply(lhs.index, tape.nodes.leaf(rhs)), on: tape)
    }

    /// `number * self` (Python's `__rmul__`: `self * number`).
    public static func * (lhs: Double, rhs: Value) -> Value { rhs * lhs }

    /// `-self`, which micrograd writes as `self * -1`.
    public static prefix func - (operand: Value) -> Value { operand * -1 }

    /// `self - other` = `self + (-other)`.
    public static func - (lhs: Value, rhs: Value) -> Value { lhs + (-rhs) }

    /// `self - number` = `self + (-number)`.
    public static func - (lhs: Value, rhs: Double) -> Value { lhs + (-rhs) }

    /// `number - self` (Python's `__rsub__`: `number + (-self)`, i.e. `(-self) + number`).
    public static func - (lhs: Double, rhs: Value) -> Value { (-rhs) + lhs }

    /// `self / other` = `self * other**-1`.
    public static func / (lhs: Value, rhs: Value) -> Value { lhs * rhs.pow(-1) }

    /// `self / number` = `self * (number ** -1)`, the reciprocal computed as Python does.
    public static func / (lhs: Value, rhs: Double) -> Value { lhs * Foundation.pow(rhs, -1) }

    /// `number / self` (Python's `__rtruediv__`: `number * self**-1`, i.e. `self**-1 * number`).
    public static func / (lhs: Double, rhs: Value) -> Value { rhs.pow(-1) * lhs }

    /// `self ** k` for an integer `k`; the node's `_op` is `**k`.
    public func pow(_ exponent: Int) -> Value {
        tape.collectIfNeeded()
        return Value.wrap(tape.nodes.power(index, Double(exponent), integerExponent: true), on: tape)
    }

    /// `self ** k` for a float `k`; the node's `_op` is `**` followed by Python's spelling of `k` (`**0.5`).
    public func pow(_ exponent: Double) -> Value {
        tape.collectIfNeeded()
        return Value.wrap(tape.nodes.power(index, exponent, integerExponent: false), on: tape)
    }

    /// `tanh(self)`.
    public func tanh() -> Value { unary(tape.nodes.tanh) }
    /// `e ** self`.
    public func exp() -> Value { unary(tape.nodes.exp) }
    /// The natural logarithm.
    public func log() -> Value { unary(tape.nodes.log) }
    /// `max(0, self)`, micrograd's `relu`.
    public func relu() -> Value { unary(tape.nodes.relu) }
    /// `1 / (1 + e ** -self)`.
    public func sigmoid() -> Value { unary(tape.nodes.sigmoid) }

    @inline(__always) private func unary(_ operation: (Int32) -> Int32) -> Value {
        tape.collectIfNeeded()
        return Value.wrap(operation(index), on: tape)
    }
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
