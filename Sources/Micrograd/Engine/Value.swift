/// A scalar in an expression graph: micrograd's `Value`, as a handle onto a node of a `Tape`.
///
/// ```swift
/// let tape = Tape()
/// let x = tape.value(-4, label: "x")
/// let y = (x * 2 + 2 + x).relu() + x * x
/// y.backward()
/// x.grad   // 46.0 here is for micrograd's full sanity check; see the tests
/// ```
///
/// Reading and writing `data`, `grad` and `label` goes straight to the tape. A node has at most one handle at a
/// time, so handle identity (`===`) is value identity, as object identity is in Python. A node stays alive while a
/// handle reaches it.
public final class Value: CustomStringConvertible {
    /// The tape that holds this value's node.
    public let tape: Tape
    /// The node's index; renumbered when the tape compacts. Unchecked: only compaction writes it, and the accessors
    /// that read it are inlined into other modules, where the compiler can no longer prove accesses exclusive.
    @exclusivity(unchecked) @usableFromInline var index: Int32
    /// This handle's place in the tape's handle list.
    var registrySlot = 0
    /// A number an interpreter may give this value for Python's `id()` (0 until it does).
    public var identityNumber = 0

    init(tape: Tape, index: Int32) {
        self.tape = tape
        self.index = index
        registrySlot = tape.register(self)
    }

    deinit {
        // The tape outlives this call (this handle holds it until deinit ends), so it is lent, not retained again.
        Unmanaged.passUnretained(tape)._withUnsafeGuaranteedRef { $0.unregister(self) }
    }

    /// The value itself. Inlinable, like `grad`, because a training loop reads and writes them for every parameter:
    /// inlined they are two loads, and the caller needs no reference count around them.
    @inlinable public var data: Double {
        get { tape.nodes.data[Int(index)] }
        set { tape.nodes.data[Int(index)] = newValue }
    }

    /// ∂root/∂self after `root.backward()`; may also be set by hand, as the lecture does before it automates
    /// backpropagation.
    @inlinable public var grad: Double {
        get { tape.nodes.grad[Int(index)] }
        set { tape.nodes.grad[Int(index)] = newValue }
    }

    /// A name for drawings; empty by default.
    public var label: String {
        get { tape.labels[index] ?? "" }
        set { tape.labels[index] = newValue.isEmpty ? nil : newValue }
    }

    /// The operation that made this value, as Python's `_op` spells it (`+`, `*`, `**2`, `tanh`, `ReLU`); empty
    /// for a leaf.
    public var op: String {
        tape.nodes.operation[Int(index)].symbol(exponent: tape.nodes.constant[Int(index)])
    }

    /// The operation that made this value.
    public var operation: Operation { tape.nodes.operation[Int(index)] }

    /// The operands, in order: micrograd's `_prev` (which is a set in Python; here the order is the operands').
    /// Each is the operand's own handle, so `c.children[0] === a` when `c = a * b`.
    public var children: [Value] {
        [tape.nodes.lhs[Int(index)], tape.nodes.rhs[Int(index)]].filter { $0 >= 0 }.map { tape.handle(for: $0) }
    }

    /// Backpropagation from this value: sets its gradient to 1 and accumulates into every value it depends on.
    /// Gradients accumulate across calls; zero them between training steps.
    public func backward() {
        tape.collectIfNeeded()
        tape.backward(from: index)
    }

    /// This node's local step only, the lecture's `_backward()`: pushes this value's gradient one step back to its
    /// operands. Calling it on nodes in reverse topological order is backpropagation by hand.
    public func backwardStep() {
        tape.nodes.propagate(Int(index))
    }

    /// A frozen copy of the graph ending here, for `draw_dot`.
    public func snapshot() -> GraphSnapshot {
        tape.snapshot(of: index)
    }

    /// The lecture's repr: `Value(data=-8.0)`.
    public var description: String { "Value(data=\(PythonFloat.repr(data)))" }

    /// Wraps a freshly made node in a handle.
    @inline(__always) static func wrap(_ index: Int32, on tape: Tape) -> Value {
        tape.handle(for: index)
    }
}
