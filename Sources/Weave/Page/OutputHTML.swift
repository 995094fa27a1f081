import MicrogradScript

/// One cell output as HTML: printed text and values in `<pre>`, graphs and plots as inline SVG, displayed
/// markup (`HTML`, `Markdown`, `Math`, `Latex`, `SVG`) as `MarkupHTML` allows, errors with their place in the
/// lesson file. Everything the cell produced is escaped or sanitized, unless the author trusts its HTML.
public struct OutputHTML {
    /// How graphs are drawn (node limit, cache).
    public var graphs: GraphFigure
    /// How displayed markup is shown (trusted or sanitized).
    public var markup: MarkupHTML

    /// Makes an output renderer.
    public init(graphs: GraphFigure = GraphFigure(), markup: MarkupHTML = MarkupHTML()) {
        self.graphs = graphs
        self.markup = markup
    }

    /// The HTML of `output`, plus a diagnostic when drawing it failed (Graphviz refused the graph).
    public func render(_ output: Output, file: String?) -> (html: String, failure: String?) {
        switch output {
        case .text(let text):
            let shown = text.hasSuffix("\n") ? String(text.dropLast()) : text
            return ("<div class=\"output output-text\"><pre>\(HTMLEscaping.text(shown))</pre></div>", nil)
        case .value(let repr):
            return ("<div class=\"output output-value\"><pre>\(HTMLEscaping.text(repr))</pre></div>", nil)
        case .graph(let graph):
            switch graphs.render(graph) {
            case .figure(let html), .tooLarge(let html): return (html, nil)
            case .failed(let message): return (Self.errorHTML(place: nil, text: message), message)
            }
        case .dot(let graph):
            switch graphs.render(graph) {
            case .figure(let html), .tooLarge(let html): return (html, nil)
            case .failed(let message): return (Self.errorHTML(place: nil, text: message), message)
            }
        case .markup(let markup):
            return (self.markup.render(markup).html, nil)
        case .plot(let plot):
            return (
                "<figure class=\"output output-plot\"><div class=\"scroll\">\(PlotFigure.svg(plot))</div></figure>",
                nil
            )
        case .error(let diagnostic):
            return (Self.errorHTML(place: Self.place(of: diagnostic, file: file), text: diagnostic.pythonStyle), nil)
        }
    }

    /// `path:line:col`, the jump-to place shown above an error.
    static func place(of diagnostic: Diagnostic, file: String?) -> String {
        let name = diagnostic.file ?? file
        return name.map { "\($0):\(diagnostic.line):\(diagnostic.column)" } ?? "line \(diagnostic.line)"
    }

    static func errorHTML(place: String?, text: String) -> String {
        var html = "<div class=\"output output-error\" role=\"alert\">"
        if let place { html += "<div class=\"error-place\">\(HTMLEscaping.text(place))</div>" }
        return html + "<pre>\(HTMLEscaping.text(text))</pre></div>"
    }
}
