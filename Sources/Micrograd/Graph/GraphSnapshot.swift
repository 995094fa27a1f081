/// A frozen copy of one value's expression graph: what `draw_dot(v)` shows, taken at the moment of the call.
///
/// Nodes are in creation order, which is a topological order: every node's children come before it.
/// A snapshot is a plain value, so it can be rendered later (to DOT, to SVG, to text) while the engine
/// keeps changing data and gradients.
public struct GraphSnapshot: Equatable, Sendable {
    /// One value of the graph.
    public struct Node: Equatable, Sendable {
        /// The value's label, empty when it has none.
        public var label: String
        /// The value's data when the snapshot was taken.
        public var data: Double
        /// The value's gradient when the snapshot was taken.
        public var grad: Double
        /// The operation that made it (`+`, `*`, `tanh`, `**2`, …), empty for a leaf.
        public var op: String
        /// Positions in `nodes` of the operands, in operand order (a value used twice appears twice).
        public var children: [Int]

        /// Makes a node.
        public init(label: String, data: Double, grad: Double, op: String, children: [Int]) {
            self.label = label
            self.data = data
            self.grad = grad
            self.op = op
            self.children = children
        }
    }

    /// The values of the graph, children first; the root is last.
    public var nodes: [Node]

    /// Makes a snapshot from nodes in topological order.
    public init(nodes: [Node]) {
        self.nodes = nodes
    }

    /// The number of operation nodes a drawing of this graph has.
    public var operationCount: Int { nodes.count(where: { !$0.op.isEmpty }) }
}
