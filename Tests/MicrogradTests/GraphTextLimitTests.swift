import Testing

@testable import Micrograd

/// The plain-text rendition of a graph stays bounded however big the graph is.
@Suite struct GraphTextLimitTests {
    static func chain(_ count: Int) -> GraphSnapshot {
        var nodes = [GraphSnapshot.Node(label: "x", data: 1, grad: 0, op: "", children: [])]
        for index in 1..<count {
            nodes.append(GraphSnapshot.Node(label: "", data: 1, grad: 0, op: "tanh", children: [index - 1]))
        }
        return GraphSnapshot(nodes: nodes)
    }

    /// `draw_dot` on a 100,000-value graph printed 100,000 lines, and `check --update` wrote them all into the
    /// lesson (found by the bad-input catalogue).
    @Test func aGraphOverTheLimitListsTheFirstValuesAndCountsTheRest() {
        let lines = Self.chain(1_500).plainText.split(separator: "\n")
        #expect(lines.count == GraphSnapshot.listedValueLimit + 2)
        #expect(lines.first == "graph: 1500 values, 1499 operations")
        #expect(lines[1000] == "  #999 = tanh(#998) | data 1.0 | grad 0.0")
        #expect(lines.last == "  … 500 more values not listed (at most 1000 are)")
    }

    @Test func aGraphAtTheLimitIsListedWhole() {
        let lines = Self.chain(GraphSnapshot.listedValueLimit).plainText.split(separator: "\n")
        #expect(lines.count == GraphSnapshot.listedValueLimit + 1)
        #expect(lines.last == "  #999 = tanh(#998) | data 1.0 | grad 0.0")
    }
}
