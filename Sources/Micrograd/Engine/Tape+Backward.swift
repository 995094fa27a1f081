extension Tape {
    /// Backpropagation from `root`: its gradient is set to 1 and every node of its subgraph accumulates
    /// `∂root/∂node` (`+=`, so a value used twice gets both contributions).
    ///
    /// Children always have smaller indices than their parents, so one sweep from the root down to index 0
    /// visits the subgraph in reverse topological order: a node is marked by a parent before the sweep reaches
    /// it, and all its parents have already added to its gradient. Nodes outside the subgraph are not touched.
    /// O(root index), no recursion, no allocation.
    func backward(from root: Int32) {
        nodes.backward(from: Int(root))
    }

    /// The indices of `root`'s subgraph in increasing (creation) order.
    func subgraph(of root: Int32) -> [Int32] {
        let marks = nodes.marks
        var members: [Int32] = []
        marks[Int(root)] = 1
        var i = Int(root)
        while i >= 0 {
            if marks[i] != 0 {
                marks[i] = 0
                members.append(Int32(truncatingIfNeeded: i))
                let a = nodes.lhs[i], b = nodes.rhs[i]
                if a >= 0 { marks[Int(a)] = 1 }
                if b >= 0 { marks[Int(b)] = 1 }
            }
            i -= 1
        }
        return members.reversed()
    }

    /// A frozen copy of `root`'s graph, for drawing, its values in creation order.
    func snapshot(of root: Int32) -> GraphSnapshot {
        var members = subgraph(of: root)
        reuseLog.record(next: nodes.reuseNext)
        if !reuseLog.stretches.isEmpty {
            let log = reuseLog
            members.sort { log.key(Int($0)) < log.key(Int($1)) }
        }
        var position: [Int32: Int] = [:]
        for (p, index) in members.enumerated() { position[index] = p }
        let nodes = members.map { index -> GraphSnapshot.Node in
            let i = Int(index)
            var children: [Int] = []
            for operand in [self.nodes.lhs[i], self.nodes.rhs[i]] where operand >= 0 {
                if let p = position[operand] { children.append(p) }
            }
            return GraphSnapshot.Node(
                label: labels[index] ?? "", data: self.nodes.data[i], grad: self.nodes.grad[i],
                op: self.nodes.operation[i].symbol(exponent: self.nodes.constant[i]), children: children)
        }
        return GraphSnapshot(nodes: nodes)
    }
}
