import Testing
@testable import Micrograd

/// `draw_dot`'s DOT text and the plain-text rendition: the lecture's layout, creation order, and labels that can
/// never break the DOT.
@Suite struct GraphExportTests {
    /// The lecture's first graph: e = a*b; d = e + c.
    private func lectureGraph() -> Value {
        let tape = Tape()
        let a = tape.value(2, label: "a"), b = tape.value(-3, label: "b"), c = tape.value(10, label: "c")
        let e = a * b
        e.label = "e"
        let d = e + c
        d.label = "d"
        d.backward()
        return d
    }

    @Test func dotIsTheLecturesDrawing() {
        #expect(
            lectureGraph().snapshot().dot() == """
                digraph {
                  graph [rankdir=LR];
                  node [fontname="Helvetica", fontsize=11];
                  v0 [shape=record, label="{ a | data 2.0000 | grad -3.0000 }"];
                  v1 [shape=record, label="{ b | data -3.0000 | grad 2.0000 }"];
                  v2 [shape=record, label="{ c | data 10.0000 | grad 1.0000 }"];
                  v3 [shape=record, label="{ e | data -6.0000 | grad 1.0000 }"];
                  v3op [label="*"];
                  v3op -> v3;
                  v0 -> v3op;
                  v1 -> v3op;
                  v4 [shape=record, label="{ d | data 4.0000 | grad 1.0000 }"];
                  v4op [label="+"];
                  v4op -> v4;
                  v3 -> v4op;
                  v2 -> v4op;
                }

                """)
    }

    @Test func plainTextListsValuesInCreationOrder() {
        #expect(
            lectureGraph().snapshot().plainText == """
                graph: 5 values, 2 operations
                  #0 a | data 2.0 | grad -3.0
                  #1 b | data -3.0 | grad 2.0
                  #2 c | data 10.0 | grad 1.0
                  #3 e = #0 * #1 | data -6.0 | grad 1.0
                  #4 d = #3 + #2 | data 4.0 | grad 1.0
                """)
    }

    @Test func aValueUsedTwiceHasOneEdgeAndPowersShowTheirExponent() {
        let tape = Tape()
        let a = tape.value(3, label: "a")
        let b = (a + a).pow(2)
        let snapshot = b.snapshot()
        #expect(snapshot.dot().components(separatedBy: "v0 -> v1op;").count == 2)
        #expect(snapshot.plainText.contains("#2 = #1**2"))
        #expect(snapshot.nodes[1].children == [0, 0])
    }

    /// Every awkward character, in a record label and on its own: the DOT stays one quoted string per label, and
    /// reading the record field back gives the label.
    @Test(arguments: ["\"", "{", "}", "|", "<", ">", "\\", "\n", "a\"b\\\"c", "}|{", "\\n", "line\r\nbreak", "x\\"])
    func anyLabelIsLiteralText(_ label: String) throws {
        let tape = Tape()
        let v = tape.value(1, label: label)
        let dot = v.snapshot().dot()
        let line = try #require(dot.split(separator: "\n").first { $0.contains("v0 [shape=record") })
        let quoted = try #require(Self.quotedString(in: String(line)))
        #expect(line.hasSuffix("\"];"))
        let field = quoted.dropFirst(2).dropLast(" | data 1.0000 | grad 0.0000 }".count)
        #expect(Self.unescapeRecordField(String(field)) == label.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    /// The content of the first DOT double-quoted string of a line, read as Graphviz's scanner reads it: a
    /// backslash and the next character are a pair, `\"` stands for a quote and every other pair is kept as is.
    static func quotedString(in line: String) -> String? {
        guard let start = line.firstIndex(of: "\"") else { return nil }
        var out = ""
        var i = line.index(after: start)
        while i < line.endIndex {
            let c = line[i]
            if c == "\\", line.index(after: i) < line.endIndex {
                let next = line[line.index(after: i)]
                if next == "\"" { out.append("\"") } else { out += "\\" + String(next) }
                i = line.index(i, offsetBy: 2)
                continue
            }
            if c == "\"" { return line[line.index(after: i)...].hasPrefix("];") ? out : nil }
            out.append(c)
            i = line.index(after: i)
        }
        return nil
    }

    /// Graphviz's reading of a record field: `\x` is a literal x, `\n` a line break.
    static func unescapeRecordField(_ field: String) -> String {
        var out = ""
        var escaped = false
        for c in field {
            if escaped {
                out.append(c == "n" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
