import Foundation
import Micrograd
import Testing
@testable import Weave

/// Labels from a lesson reach Graphviz as DOT and come back as SVG text: whatever they hold, they show as
/// written and cannot add markup, records or nodes.
@Suite struct GraphEscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "a|b", "{x}", "<port>", #"say "hi""#, #"back\slash"#, #"\N \G \L"#,
        "amp & lt <", "]; v9 [label=\"x\"]; //", "tab\there", "ünï ✓ 😀",
    ]

    @Test(arguments: hostile) func aLabelShowsAsWrittenInTheGraph(_ label: String) throws {
        try Self.check(label)
    }

    static func check(_ label: String) throws {
        let graph = GraphSnapshot(nodes: [
            .init(label: label, data: 1, grad: 0, op: "", children: []),
            .init(label: "out", data: 2, grad: 1, op: label, children: [0]),
        ])
        guard case .figure(let html) = GraphFigure().render(graph) else {
            Issue.record("Graphviz refused the label \(label.debugDescription)")
            return
        }
        #expect(!html.contains("<script"))
        let texts = Self.texts(in: html)
        // The record's first field and the operation's ellipse both show the label.
        #expect(texts.filter { $0 == Self.escaped(label) }.count == 2, "\(label.debugDescription): \(texts)")
        #expect(texts.contains("data 1.0000") && texts.contains("grad 1.0000"))
        #expect(html.components(separatedBy: "<g class=\"node\">").count - 1 == 3, "two values, one operation")
    }

    /// How Graphviz writes text in SVG: XML-escaped, with `-` as `&#45;` and spaces kept.
    /// A tab shows as a space: Graphviz's record fields would drop it.
    static func escaped(_ text: String) -> String {
        HTMLEscaping.text(text).replacingOccurrences(of: "-", with: "&#45;").replacingOccurrences(of: "\t", with: " ")
    }

    static func texts(in svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { piece in
            guard let open = piece.firstIndex(of: ">"), let close = piece.range(of: "</text>") else { return nil }
            return String(piece[piece.index(after: open)..<close.lowerBound])
        }
    }
}
