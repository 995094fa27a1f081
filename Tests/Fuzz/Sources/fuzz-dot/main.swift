// Fuzzes DOT generation and escaping. Property: any labels and operation names yield DOT that Graphviz parses
// and lays out, with exactly the nodes and edges of the graph (an escaping slip would add or lose some).
//
// Input: pieces separated by the byte 0xFF (never part of UTF-8, so every label and NUL stays possible):
// label, op, label, op, … for up to 12 values. A value with an op takes the previous value and one more
// earlier value as operands; the pieces' lengths pick data and gradients, NaN and infinities included.
import FuzzSupport
import Micrograd
import Weave

let specialNumbers: [Double] = [0, -0.0, 1.5, -2, .nan, .infinity, -.infinity, 1e300, -Double.leastNonzeroMagnitude, 0.00005, 123456789.123]

FuzzDriver.run { bytes in
    let pieces = bytes.split(separator: 0xFF, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    var nodes: [GraphSnapshot.Node] = []
    var index = 0
    while index < pieces.count, nodes.count < 12 {
        let label = pieces[index]
        let op = index + 1 < pieces.count ? pieces[index + 1] : ""
        var children: [Int] = []
        if !op.isEmpty, !nodes.isEmpty {
            children = [nodes.count - 1, label.utf8.count % nodes.count]
        }
        let data = specialNumbers[label.utf8.count % specialNumbers.count]
        let grad = specialNumbers[op.utf8.count % specialNumbers.count]
        nodes.append(GraphSnapshot.Node(label: label, data: data, grad: grad, op: op, children: children))
        index += 2
    }
    let graph = GraphSnapshot(nodes: nodes)
    let dot = graph.dot()
    let svg: String
    do throws(GraphvizError) {
        svg = try Graphviz.renderSVG(dot: dot)
    } catch {
        FuzzDriver.require(false, "Graphviz refused the DOT: \(error.message)\n\(dot)")
        return
    }
    let operations = graph.operationCount
    let edges = nodes.reduce(0) { count, node in
        node.op.isEmpty ? count : count + 1 + Set(node.children).count
    }
    FuzzDriver.require(
        svg.occurrences(of: "class=\"node\"") == nodes.count + operations,
        "the SVG has the wrong number of nodes\n\(dot)")
    FuzzDriver.require(svg.occurrences(of: "class=\"edge\"") == edges, "the SVG has the wrong number of edges\n\(dot)")
    _ = SVGInlining.inline(svg)
    _ = graph.plainText
}
