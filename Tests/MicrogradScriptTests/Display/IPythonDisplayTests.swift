import Testing

@testable import MicrogradScript

/// `IPython.display` as a notebook uses it: display classes become `.markup` outputs, `display()` shows anything
/// as Jupyter would, what would read a URL or a file is refused, and IPython's magic lines are ignored.
@Suite struct IPythonDisplayTests {
    @Test func eachDisplayClassIsAMarkupOutput() {
        let shown = outputs(
            """
            from IPython.display import display, HTML, Markdown, Math, Latex, SVG
            display(HTML('<b>x</b>'), Markdown('**y**'))
            display(Math(r'\\frac{a}{b}'))
            display(Latex(r'$x^2$'))
            SVG('<svg width="4" height="4"></svg>')
            """)
        #expect(
            shown == [
                .markup(Markup(.html, "<b>x</b>")), .markup(Markup(.markdown, "**y**")),
                .markup(Markup(.math, "\\frac{a}{b}")), .markup(Markup(.latex, "$x^2$")),
                .markup(Markup(.svg, "<svg width=\"4\" height=\"4\"></svg>")),
            ])
        #expect(
            shown.plainText == """
                <IPython.core.display.HTML object>
                <IPython.core.display.Markdown object>
                <IPython.core.display.Math object>
                <IPython.core.display.Latex object>
                <IPython.core.display.SVG object>
                """)
    }

    @Test func displayObjectsAnswerLikeIPythons() {
        #expect(
            run(
                """
                from IPython.display import HTML, Math, Markdown
                h = HTML('<b>x</b>')
                print(repr(h), h.data, type(h).__name__)
                print(Math(r'$x^2$')._repr_latex_(), Markdown('*a*')._repr_markdown_())
                """) == "<IPython.core.display.HTML object> <b>x</b> HTML\n$\\displaystyle x^2$ *a*")
    }

    @Test func theOlderModulePathsAndTheBareDisplayWork() {
        #expect(
            run(
                """
                import IPython
                from IPython.core.display import HTML
                display(IPython.display.HTML('<i>i</i>'))
                display(1, 'two', [3])
                """) == "<IPython.core.display.HTML object>\n1\n'two'\n[3]")
    }

    @Test func aLessonClassWithARichMethodShowsItsMarkup() {
        let shown = outputs(
            """
            class Card:
                def __repr__(self):
                    return 'Card()'
                def _repr_html_(self):
                    return '<i>card</i>'
            Card()
            """)
        #expect(shown == [.markup(Markup(.html, "<i>card</i>", plainText: "Card()"))])
    }

    @Test func clearOutputForgetsWhatTheCellShowed() {
        #expect(
            run(
                """
                from IPython.display import clear_output
                print('before')
                display('shown')
                clear_output(wait=True)
                print('after')
                """) == "after")
    }

    @Test func markupThatWouldReadTheNetworkOrAFileIsRefused() {
        expectDiagnostic(
            "from IPython.display import HTML\n1️⃣HTML(url='http://example.com')",
            "PermissionError: HTML(url=…) would read a web page, and a Gradbook lesson reaches neither: "
                + "pass the text itself")
        expectDiagnostic(
            "from IPython.display import SVG\n1️⃣SVG(filename='/etc/passwd')",
            "PermissionError: SVG(filename=…) would read a file, and a Gradbook lesson reaches neither: "
                + "pass the text itself")
        expectDiagnostic(
            "from IPython.display import Markdown\n1️⃣Markdown('https://example.com/x.md')",
            "PermissionError: Markdown() reads text that starts with 'http' as a URL to download, and a Gradbook "
                + "lesson cannot reach the network")
    }

    @Test func magicLinesAreIgnoredAndPositionsStayRight() {
        expectDiagnostic(
            """
            %matplotlib inline
            %config InlineBackend.figure_format = 'retina'
            %%time
            from IPython.display import display, HTML
            x = 1
            1️⃣undefined_name
            """,
            "NameError: name 'undefined_name' is not defined")
    }

    @Test func theSeedsStyleCellRunsAndShowsNothingButItsStyle() {
        let shown = outputs(
            """
            %matplotlib inline
            from IPython.display import display, HTML
            display(HTML("<style>.jp-OutputArea-output {display:flex}</style>"))
            """)
        #expect(shown == [.markup(Markup(.html, "<style>.jp-OutputArea-output {display:flex}</style>"))])
    }
}
