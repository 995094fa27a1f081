// The engine's hot loops. They are methods of the storage itself and copy the column pointers into locals first:
// a store through one column could, as far as the compiler knows, change the object's fields, so without the locals
// every node would reload every pointer. The neuron kernels fuse micrograd's `a * b` and `a + b` rules (the ones in
// Operation.swift) into one loop; nothing else about the math differs.

extension NodeStorage {
    /// One neuron on value inputs: `activation(b + w0·x0 + w1·x1 + …)`, accumulated left to right from the bias as
    /// Python's `sum((wi*xi for …), b)`: a multiplication then an addition per input.
    func neuron(
        weights: UnsafeBufferPointer<Int32>, bias: Int32, inputs: UnsafeBufferPointer<Int32>, activation: Operation
    ) -> Int32 {
        var newest = bias
        for j in 0..<min(weights.count, inputs.count) { newest = max(newest, weights[j], inputs[j]) }
        return neuron(weights: weights, bias: bias, inputs: inputs, activation: activation, newest: newest)
    }

    /// The same, given an index at least as large as every operand's (a layer computes it once for all its
    /// neurons), which decides where the nodes may go.
    func neuron(
        weights: UnsafeBufferPointer<Int32>, bias: Int32, inputs: UnsafeBufferPointer<Int32>, activation: Operation,
        newest: Int32
    ) -> Int32 {
        let n = min(weights.count, inputs.count)
        var i = slot(after: newest, count: 2 * n)
        let data = self.data, grad = self.grad, operation = self.operation, lhs = self.lhs, rhs = self.rhs
        var act = bias
        var sum = data[Int(bias)]
        for j in 0..<n {
            let w = weights[j], x = inputs[j]
            let product = data[Int(w)] * data[Int(x)]
            data[i] = product
            grad[i] = 0
            operation[i] = .multiply
            lhs[i] = w
            rhs[i] = x
            sum = sum + product
            data[i &+ 1] = sum
            grad[i &+ 1] = 0
            operation[i &+ 1] = .add
            lhs[i &+ 1] = act
            rhs[i &+ 1] = Int32(truncatingIfNeeded: i)
            act = Int32(truncatingIfNeeded: i &+ 1)
            i &+= 2
        }
        return activate(act, activation)
    }

    /// One neuron on plain-number inputs: each number becomes a leaf first, as Python's `wi * xi` makes `Value(xi)`.
    func neuron(
        weights: UnsafeBufferPointer<Int32>, bias: Int32, numbers: UnsafeBufferPointer<Double>, activation: Operation
    ) -> Int32 {
        let n = min(weights.count, numbers.count)
        var act = bias
        for j in 0..<n {
            act = add(act, multiply(weights[j], append(.leaf, -1, -1, data: numbers[j])))
        }
        return activate(act, activation)
    }

    /// Applies a neuron's nonlinearity; `.leaf` stands for none (a linear neuron).
    @inline(__always) private func activate(_ act: Int32, _ activation: Operation) -> Int32 {
        switch activation {
        case .tanh: return tanh(act)
        case .relu: return relu(act)
        default: return act
        }
    }

    /// Backpropagation from `root`. Children always have smaller indices than their parents, so one sweep from
    /// the root down to index 0 visits the root's subgraph in reverse topological order: a node is marked by a
    /// parent before the sweep reaches it, and by then every parent has added to its gradient. Marks are cleared
    /// as the sweep passes, so the scratch column is all zeros again afterwards. Nodes outside the subgraph are not
    /// touched. O(root), no recursion, no allocation.
    func backward(from root: Int) {
        let columns = Columns(self)
        let marks = self.marks
        columns.grad[root] = 1
        marks[root] = 1
        var i = root
        while i >= 0 {
            if marks[i] != 0 {
                marks[i] = 0
                columns.propagate(i)
                marks[Int(columns.lhs[i])] = 1
                marks[Int(columns.rhs[i])] = 1
            } else if i >= 8, Self.noneMarked(marks + (i &- 8)) {
                i &-= 8
                // A long unmarked stretch (another step's graph, held or dead): skip it 64 marks at a time.
                while i >= 64, Self.noneMarked64(marks + (i &- 64)) { i &-= 64 }
            }
            i &-= 1
        }
    }

    /// Marks every node reachable from the marked ones (children have smaller indices, so one downward sweep).
    func closeMarks() {
        let marks = self.marks, lhs = self.lhs, rhs = self.rhs
        var i = count - 1
        while i >= 0 {
            if marks[i] != 0 {
                marks[Int(lhs[i])] = 1
                marks[Int(rhs[i])] = 1
            } else if i >= 8, Self.noneMarked(marks + (i &- 8)) {
                i &-= 8
            }
            i &-= 1
        }
    }
}

extension NodeStorage {
    /// Whether the eight marks starting at `marks` are all clear: lets sweeps skip unreachable stretches of the tape
    /// (garbage not yet reclaimed) a word at a time.
    @inline(__always) static func noneMarked(_ marks: UnsafeMutablePointer<UInt8>) -> Bool {
        UnsafeRawPointer(marks).loadUnaligned(as: UInt64.self) == 0
    }

    /// Whether the 64 marks starting at `marks` are all clear.
    @inline(__always) static func noneMarked64(_ marks: UnsafeMutablePointer<UInt8>) -> Bool {
        let words = UnsafeRawPointer(marks)
        var any: UInt64 = 0
        for k in 0..<8 { any |= words.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self) }
        return any == 0
    }
}

/// The column pointers of a storage, copied out so that loops over nodes keep them in registers.
struct Columns {
    let data: UnsafeMutablePointer<Double>
    let grad: UnsafeMutablePointer<Double>
    let operation: UnsafeMutablePointer<Operation>
    let lhs: UnsafeMutablePointer<Int32>
    let rhs: UnsafeMutablePointer<Int32>
    let constant: UnsafeMutablePointer<Double>

    @inline(__always) init(_ storage: NodeStorage) {
        data = storage.data
        grad = storage.grad
        operation = storage.operation
        lhs = storage.lhs
        rhs = storage.rhs
        constant = storage.constant
    }
}
