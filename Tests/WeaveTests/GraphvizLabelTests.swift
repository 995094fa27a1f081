import Micrograd
import Testing

@testable import Weave

/// DOT made from any labels parses, and Graphviz shows the labels as written (findings of `scripts/fuzz dot`).
@Suite struct GraphvizLabelTests {
    static func leaf(_ label: String) -> GraphSnapshot.Node {
        GraphSnapshot.Node(label: label, data: 1, grad: 0, op: "", children: [])
    }

    /// A label holding a NUL gave DOT that Graphviz could not parse: the NUL ended its C string.
    @Test func aLabelWithANULIsDrawnWithBackslashZero() throws {
        let graph = GraphSnapshot(nodes: [
            Self.leaf("a\0b"), GraphSnapshot.Node(label: "", data: 1, grad: 0, op: "\0", children: [0]),
        ])
        let svg = try Graphviz.renderSVG(dot: graph.dot())
        #expect(svg.contains(">a\\0b</text>"))
        #expect(svg.contains(">\\0</text>"))
    }

    /// A label holding a double quote gave a syntax error (the quote was escaped twice).
    @Test func recordSyntaxAndQuotesInALabelAreShownLiterally() throws {
        let svg = try Graphviz.renderSVG(dot: GraphSnapshot(nodes: [Self.leaf("{a|b} <p> \"q\" \\n")]).dot())
        #expect(svg.contains(">{a|b} &lt;p&gt; &quot;q&quot; \\n</text>"))
    }

    /// Graphviz decodes HTML entities in labels: `&lt;b&gt;` showed as `<b>`, not as written.
    @Test func entitiesInALabelAreShownAsWritten() throws {
        let graph = GraphSnapshot(nodes: [
            Self.leaf("&lt;b&gt; & &amp;"), GraphSnapshot.Node(label: "", data: 1, grad: 0, op: "&lt;", children: [0]),
        ])
        let svg = try Graphviz.renderSVG(dot: graph.dot())
        #expect(svg.contains(">&amp;lt;b&amp;gt; &amp; &amp;amp;</text>"))
        #expect(svg.contains(">&amp;lt;</text>"))
    }

    /// Found by fuzzing: a quote carrying a combining mark (one Swift Character) slipped past the escaping.
    @Test func aQuoteCarryingACombiningMarkIsDrawn() throws {
        let label = "a\"\u{7B0} {\u{301} \\\u{301}"
        let shown = ">a&quot;\u{7B0} {\u{301} \\\u{301}</text>"
        let svg = try Graphviz.renderSVG(dot: GraphSnapshot(nodes: [Self.leaf(label)]).dot())
        #expect(svg.contains(shown))
    }
}
