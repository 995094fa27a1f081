import Foundation

/// A node made inside one expression for the next operation of the same expression to consume, without a handle of
/// its own.
///
/// `(1 + -y * s).relu()` makes three operation nodes, but only the last is ever seen, so only it needs a `Value`;
/// an interpreter builds the other two as intermediates:
///
/// ```swift
/// let product = tape.multiply(tape.operand(s), -y)      // s * Value(-y), micrograd's -y * s
/// let margin = tape.add(product, 1)                     // product + Value(1), micrograd's 1 + product
/// let loss = tape.value(of: tape.relu(margin))
/// ```
///
/// Nothing holds an intermediate's node, so it is valid only until the tape next reclaims or compacts: until the next
/// `Tape.value(_:label:)`, `collect()`, `collectIfNeeded()` or operation on `Value`s. Make one, consume it at once,
/// and give the result a handle with `Tape.value(of:)`. Every operation on values is built from these, so both make
/// exactly the same nodes: the derived ones as micrograd derives them (`a - b` is `a + (-b)`, `-a` is `a * -1`,
/// `a / b` is `a * b**-1`), and a number is a leaf made where micrograd's `Value(other)` makes it.
public struct Intermediate {
    @usableFromInline let index: Int32

    @inlinable init(_ index: Int32) {
        self.index = index
    }

    /// The node `value` holds, as an operand: valid as long as the handle lives and the tape does not compact.
    @inlinable public init(of value: Value) {
        index = value.index
    }
}

extension Tape {
    /// The node `value` holds, as an operand: valid as long as the handle lives and the tape does not compact.
    @inlinable public func operand(_ value: Value) -> Intermediate { Intermediate(of: value) }

    /// The value of an intermediate (its `data`).
    @inlinable public func data(of x: Intermediate) -> Double { nodes.data[Int(x.index)] }

    /// The handle of an intermediate's node, which keeps the node (and what it was made of) alive.
    public func value(of x: Intermediate) -> Value { handle(for: x.index) }

    // Primitives: the nodes of Operation.swift.

    /// `a + b`.
    public func add(_ a: Intermediate, _ b: Intermediate) -> Intermediate { Intermediate(nodes.add(a.index, b.index)) }
    /// `a + number`: the number becomes a leaf first, as `Value(other)` in `__add__`.
    public func add(_ a: Intermediate, _ b: Double) -> Intermediate {
        Intermediate(nodes.add(a.index, nodes.leaf(b)))
    }
    /// `a * b`.
    public func multiply(_ a: Intermediate, _ b: Intermediate) -> Intermediate {
        Intermediate(nodes.multiply(a.index, b.index))
    }
    /// `a * number`.
    public func multiply(_ a: Intermediate, _ b: Double) -> Intermediate {
        Intermediate(nodes.multiply(a.index, nodes.leaf(b)))
    }
    /// `a ** k` for an integer `k` (`_op` is `**k`) or, with `integerExponent` false, a float `k` (`**0.5`).
    public func power(_ a: Intermediate, _ k: Double, integerExponent: Bool) -> Intermediate {
        Intermediate(nodes.power(a.index, k, integerExponent: integerExponent))
    }
    /// `tanh(a)`.
    public func tanh(_ a: Intermediate) -> Intermediate { Intermediate(nodes.tanh(a.index)) }
    /// `e ** a`.
    public func exp(_ a: Intermediate) -> Intermediate { Intermediate(nodes.exp(a.index)) }
    /// `ln a`.
    public func log(_ a: Intermediate) -> Intermediate { Intermediate(nodes.log(a.index)) }
    /// `max(0, a)`.
    public func relu(_ a: Intermediate) -> Intermediate { Intermediate(nodes.relu(a.index)) }
    /// `1 / (1 + e ** -a)`.
    public func sigmoid(_ a: Intermediate) -> Intermediate { Intermediate(nodes.sigmoid(a.index)) }

    // Derived, as micrograd derives them. A number on the left is micrograd's reflected method (`__radd__`, …).

    /// `number + a` = `a + number`.
    public func add(_ a: Double, _ b: Intermediate) -> Intermediate { add(b, a) }
    /// `number * a` = `a * number`.
    public func multiply(_ a: Double, _ b: Intermediate) -> Intermediate { multiply(b, a) }
    /// `-a` = `a * -1`.
    public func negate(_ a: Intermediate) -> Intermediate { multiply(a, -1) }
    /// `a - b` = `a + (-b)`.
    public func subtract(_ a: Intermediate, _ b: Intermediate) -> Intermediate { add(a, negate(b)) }
    /// `a - number` = `a + (-number)`.
    public func subtract(_ a: Intermediate, _ b: Double) -> Intermediate { add(a, -b) }
    /// `number - a` = `(-a) + number` (`__rsub__`).
    public func subtract(_ a: Double, _ b: Intermediate) -> Intermediate { add(negate(b), a) }
    /// `a / b` = `a * b**-1`.
    public func divide(_ a: Intermediate, _ b: Intermediate) -> Intermediate {
        multiply(a, power(b, -1, integerExponent: true))
    }
    /// `a / number` = `a * (number ** -1)`, the reciprocal computed as Python does.
    public func divide(_ a: Intermediate, _ b: Double) -> Intermediate { multiply(a, Foundation.pow(b, -1)) }
    /// `number / a` = `a**-1 * number` (`__rtruediv__`).
    public func divide(_ a: Double, _ b: Intermediate) -> Intermediate {
        multiply(power(b, -1, integerExponent: true), a)
    }

    /// Builds one operation on values: collects first if due (no intermediate is pending then), then wraps the
    /// result in a handle.
    @inline(__always) func computing(_ build: (Tape) -> Intermediate) -> Value {
        collectIfNeeded()
        return value(of: build(self))
    }
}
