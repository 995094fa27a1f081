import MicrogradScript

/// What each of Gradbook's outputs becomes in a Jupyter notebook: the one place that maps `Output` to nbformat.
///
/// | `Output` | nbformat output |
/// |---|---|
/// | `.text` | a `stream` on `stdout` |
/// | `.value` | an `execute_result` with `text/plain` |
/// | `.graph`, `.plot`, `.dot` | a `display_data` with `image/svg+xml` (when `svg` draws it) and `text/plain` |
/// | `.markup` | a `display_data` with `text/html`, `text/markdown`, `text/latex` or `image/svg+xml`, as IPython writes it, and `text/plain` |
/// | `.error` | an `error` with `ename`, `evalue` and a short traceback |
///
/// Every picture also keeps its plain-text rendition, so reading the notebook back (import, or `check` of the
/// notebook) compares the same text a Markdown lesson stores. The switch names every case: a new kind of
/// output does not compile until it is given its notebook form here.
public struct JupyterOutputMapping: Sendable {
    /// The SVG of a picture output, or nil to keep it as text only. Weave draws graphs and plots; the default
    /// draws nothing, for callers that cannot (`check --update` run without Weave).
    public var svg: @Sendable (Output) -> String?

    /// Makes a mapping that draws pictures with `svg`.
    public init(svg: @escaping @Sendable (Output) -> String? = { _ in nil }) {
        self.svg = svg
    }

    /// The notebook outputs of one cell's outputs. `executionCount` is the cell's `In [n]`; `lineOffset` moves
    /// an error's line from the lesson's lines to the cell's own (the cell's first line minus one).
    public func outputs(for outputs: [Output], executionCount: Int?, lineOffset: Int) -> [JupyterOutput] {
        outputs.map { output in
            switch output {
            case .text(let text):
                return .stream(name: "stdout", text: text)
            case .value(let repr):
                return .executeResult(data: [JSONMember("text/plain", .string(repr))], executionCount: executionCount, metadata: .object([]))
            case .graph, .plot, .dot:
                var data = [JSONMember("text/plain", .string(output.plainText))]
                if let svg = svg(output) { data.insert(JSONMember("image/svg+xml", .string(svg)), at: 0) }
                return .displayData(data: data, metadata: .object([]))
            case .markup(let markup):
                let data = [
                    JSONMember(markup.kind.mimeType, .string(markup.notebookData)),
                    JSONMember("text/plain", .string(markup.plainText)),
                ]
                return .displayData(data: data, metadata: .object([]))
            case .error(let diagnostic):
                let place = executionCount.map { "Cell In[\($0)], " } ?? ""
                return .error(
                    name: diagnostic.kind, value: diagnostic.message,
                    traceback: ["\(place)line \(diagnostic.line - lineOffset)", diagnostic.pythonStyle])
            }
        }
    }
}
