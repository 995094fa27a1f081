import Testing

@testable import Micrograd

/// Labels reach DOT text literally, whatever they hold (findings of the `dot` fuzz target among them).
@Suite struct DOTEscapingTests {
    static func graph(label: String, op: String = "") -> GraphSnapshot {
        var nodes = [GraphSnapshot.Node(label: label, data: 1, grad: 0, op: "", children: [])]
        if !op.isEmpty { nodes.append(GraphSnapshot.Node(label: "", data: 1, grad: 0, op: op, children: [0])) }
        return GraphSnapshot(nodes: nodes)
    }

    /// Found by fuzzing: a NUL ended the C string Graphviz reads, so the DOT lost its closing quote.
    @Test func aNULInALabelOrAnOperationShowsAsBackslashZero() {
        let dot = Self.graph(label: "a\0b", op: "\0").dot()
        #expect(!dot.contains("\0"))
        #expect(dot.contains("label=\"{ a\\\\0b | data 1.0000 | grad 0.0000 }\""))
        #expect(dot.contains("v1op [label=\"\\\\0\"];"))
    }

    /// Found by fuzzing: a quote got a record backslash and then a DOT one, so `\\"` ended the string early.
    @Test func aQuoteInALabelIsEscapedOnceForTheDOTString() {
        #expect(DOTEscaping.recordField("say \"hi\"") == "say \"hi\"")
        #expect(Self.graph(label: "say \"hi\"").dot().contains("label=\"{ say \\\"hi\\\" | data 1.0000 | grad 0.0000 }\""))
    }

    /// Graphviz decodes HTML entities in labels, so a label `&lt;` showed as `<` (found by the bad-input catalogue).
    @Test func anAmpersandIsWrittenAsAnEntity() {
        #expect(DOTEscaping.recordField("&lt; & &amp;") == "&amp;lt; &amp; &amp;amp;")
        #expect(DOTEscaping.plainLabel("&") == "&amp;")
    }

    @Test func recordSyntaxAndBackslashesAreEscaped() {
        #expect(DOTEscaping.recordField("{a|b}<c>\\") == "\\{a\\|b\\}\\<c\\>\\\\")
        #expect(DOTEscaping.recordField("a\nb\r\nc\rd") == "a\\nb\\nc\\nd")
        #expect(DOTEscaping.plainLabel("a\\b\nc") == "a\\\\b\\nc")
        #expect(DOTEscaping.quoted("say \"hi\"") == "\"say \\\"hi\\\"\"")
    }

    /// Found by fuzzing: a quote followed by a combining mark is one Character, which the escaping (written
    /// over Characters) did not recognise as a quote, so the DOT string ended there.
    @Test func aQuoteOrABraceCarryingACombiningMarkIsStillEscaped() {
        let mark = "\u{301}"
        let cases = [
            (DOTEscaping.quoted("a\"" + mark + "b"), "\"a\\\"" + mark + "b\""),
            (DOTEscaping.recordField("{" + mark + "|" + mark + "\\" + mark), "\\{" + mark + "\\|" + mark + "\\\\" + mark),
            (DOTEscaping.plainLabel("\\" + mark + "&" + mark), "\\\\" + mark + "&amp;" + mark),
            (DOTEscaping.recordField("a\r\nb"), "a\\nb"),
        ]
        for (escaped, expected) in cases { #expect(escaped == expected) }
    }
}
