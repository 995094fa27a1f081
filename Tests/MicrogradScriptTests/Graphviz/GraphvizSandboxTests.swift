import Testing

@testable import MicrogradScript

/// What the `graphviz` module refuses, and what a shown graph becomes: a lesson cannot write, read or run
/// anything through a graph, its graphs are bounded, and a graph that is a cell's value or passed to `display()`
/// is a `.dot` output carrying the package's DOT text.
@Suite struct GraphvizSandboxTests {
    @Test func renderSaveViewAndPipeRaiseClearErrors() {
        let printed = run(
            """
            import graphviz
            d = graphviz.Digraph()
            for m in ['render', 'save', 'view', 'pipe']:
                try:
                    getattr(d, m)('gout')
                except PermissionError as e:
                    print(m, e)
            """)
        #expect(
            printed == """
                render render() cannot write files: a Gradbook lesson shows its graphs on its page \
                (make the graph a cell's value, or pass it to display())
                save save() cannot write files: a Gradbook lesson shows its graphs on its page \
                (make the graph a cell's value, or pass it to display())
                view view() cannot open a viewer: a Gradbook lesson shows its graphs on its page \
                (make the graph a cell's value, or pass it to display())
                pipe pipe() would run a Graphviz program, which a lesson cannot start: Gradbook draws the graph \
                itself when it is a cell's value or passed to display()
                """)
    }

    @Test func theLecturesRenderCallStopsTheCellAtItsPlace() {
        expectDiagnostic(
            """
            from graphviz import Digraph
            dot = Digraph(format='svg')
            1️⃣dot.render('gout')
            """,
            "PermissionError: render() cannot write files: a Gradbook lesson shows its graphs on its page "
                + "(make the graph a cell's value, or pass it to display())")
    }

    @Test func attributesThatReadFilesOrLinkAreRefused() {
        let printed = run(
            """
            import graphviz
            d = graphviz.Digraph()
            for kw in [{'image': 'x.png'}, {'imagepath': '/etc'}, {'shapefile': 'a'}, {'fontpath': '/'},
                       {'IMAGE': 'x'}, {'URL': 'javascript:1'}, {'fontname': '../x'}]:
                try:
                    d.node('a', **kw)
                except ValueError as e:
                    print(e)
            for call in [lambda: d.attr('graph', stylesheet='s.css'), lambda: d.edge('a', 'b', href='x'),
                         lambda: d.node('b', '<<IMG SRC="/etc/passwd"/>>')]:
                try:
                    call()
                except ValueError as e:
                    print(e)
            print(repr(d.source))
            """)
        #expect(
            printed == """
                attribute 'image' is refused: it makes Graphviz read a file, and a lesson cannot read files
                attribute 'imagepath' is refused: it makes Graphviz read a file, and a lesson cannot read files
                attribute 'shapefile' is refused: it makes Graphviz read a file, and a lesson cannot read files
                attribute 'fontpath' is refused: it makes Graphviz read a file, and a lesson cannot read files
                attribute 'IMAGE' is refused: it makes Graphviz read a file, and a lesson cannot read files
                attribute 'URL' is refused: it puts a link into the drawing, and a lesson's drawings hold no links
                attribute 'fontname' is refused: a font is named, not given as a path, and its name holds none of \
                / \\ " ' < > &
                attribute 'stylesheet' is refused: it makes Graphviz read a file, and a lesson cannot read files
                attribute 'href' is refused: it puts a link into the drawing, and a lesson's drawings hold no links
                attribute 'label' is refused: an <IMG> in an HTML-like label reads an image file
                'digraph {\\n}\\n'
                """)
    }

    @Test func constructorAttributesPassTheSamePolicy() {
        expectDiagnostic(
            "import graphviz\ng = 1️⃣graphviz.Digraph(graph_attr={'imagepath': '/etc'})",
            "ValueError: attribute 'imagepath' is refused: it makes Graphviz read a file, and a lesson cannot read files")
    }

    @Test func attributesChangedAfterwardsAreCheckedWhenTheGraphIsShown() {
        expectDiagnostic(
            """
            import graphviz
            g = graphviz.Digraph()
            g.node_attr['image'] = 'x.png'
            1️⃣g
            """,
            "ValueError: attribute 'image' is refused: it makes Graphviz read a file, and a lesson cannot read files")
    }

    @Test func aGraphHoldsAtMostTheLimitsStatementsAndExceptCannotCatchIt() {
        let limits = Limits(graphStatements: 3)
        #expect(
            run(
                """
                import graphviz
                d = graphviz.Digraph()
                try:
                    for i in range(10):
                        d.node(str(i))
                except MemoryError:
                    print('caught')
                """, limits: limits)
                == "MemoryError: a graph may hold at most 3 statements (Gradbook's limit)")
        #expect(
            run(
                """
                import graphviz
                d = graphviz.Digraph()
                d.node('a')
                d.edges([('a', 'b'), ('b', 'c'), ('c', 'd')])
                """, limits: limits)
                == "MemoryError: a graph may hold at most 3 statements (Gradbook's limit)")
    }

    @Test func theDefaultLimitIsOneHundredThousandStatements() {
        #expect(Limits().graphStatements == 100_000)
    }

    @Test func aGraphAsACellsValueOrDisplayedIsADOTOutput() {
        let shown = outputs(
            """
            from graphviz import Digraph
            dot = Digraph(format='svg', graph_attr={'rankdir': 'LR'}, engine='neato')
            dot.node(name='a', label='{ a | data 2.0000 }', shape='record')
            display(dot)
            dot
            """)
        let expected = DOTGraph(
            source: "digraph {\n\tgraph [rankdir=LR]\n\ta [label=\"{ a | data 2.0000 }\" shape=record]\n}\n",
            engine: "neato", plainText: "<graphviz.graphs.Digraph at 0x7f0000000070>")
        #expect(shown.count == 2)
        for output in shown {
            guard case .dot(let graph) = output else {
                Issue.record("expected a graph, got \(output.plainText)")
                continue
            }
            #expect(graph.source == expected.source)
            #expect(graph.engine == expected.engine)
            #expect(graph.plainText.hasPrefix("<graphviz.graphs.Digraph at 0x"))
        }
    }

    @Test func aPrintedGraphIsItsSource() {
        #expect(
            run(
                """
                from graphviz import Graph
                g = Graph('G')
                g.edge('a', 'b')
                print(g)
                """) == "graph G {\n\ta -- b\n}\n")
    }
}
