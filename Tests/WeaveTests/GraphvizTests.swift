import Testing
@testable import Weave

@Suite struct GraphvizTests {
    @Test func rendersATwoNodeGraphInProcess() throws {
        let svg = try Graphviz.renderSVG(dot: "digraph { a -> b }")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<title>a</title>"))
        #expect(svg.contains("<title>a&#45;&gt;b</title>"))
    }

    @Test func syntaxErrorIsCapturedAsAnError() {
        #expect(throws: GraphvizError.self) { try Graphviz.renderSVG(dot: "digraph { a -> ") }
        do {
            _ = try Graphviz.renderSVG(dot: "digraph { a -> ")
        } catch {
            #expect(error.message.contains("syntax error"))
        }
    }

    @Test func stillWorksAfterAnError() throws {
        _ = try? Graphviz.renderSVG(dot: "graph {{{")
        let svg = try Graphviz.renderSVG(dot: "digraph { x }")
        #expect(svg.contains("<title>x</title>"))
    }
}
