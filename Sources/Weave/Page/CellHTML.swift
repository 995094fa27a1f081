import MicrogradScript
import Notebook

/// One cell on the page: its highlighted source (unless hidden), its fresh outputs, and a "changed" mark when
/// they differ from the expected block stored in the lesson.
public struct CellHTML {
    /// How outputs are drawn.
    public var outputs: OutputHTML

    /// Makes a cell renderer.
    public init(outputs: OutputHTML = OutputHTML()) {
        self.outputs = outputs
    }

    /// The cell's HTML, plus any Graphviz failures as diagnostics at the cell's fence.
    public func render(_ result: CellResult, path: String, changed: Bool) -> (html: String, problems: [Diagnostic]) {
        let cell = result.cell
        var classes = ["cell"]
        if cell.options.hide { classes.append("cell-hidden") }
        if changed { classes.append("cell-changed") }
        if result.error != nil { classes.append("cell-failed") }
        if !result.ran { classes.append("cell-skipped") }
        var html = "<section class=\"\(classes.joined(separator: " "))\" id=\"cell-\(cell.index + 1)\">\n"
        if !cell.options.hide {
            html += "<div class=\"cell-source\"><div class=\"cell-label\" aria-hidden=\"true\">[\(cell.index + 1)]</div>"
            html += "<pre><code class=\"language-micrograd\">\(SourceHighlighting.html(Self.trimmed(cell.source)))</code></pre></div>\n"
        }
        var problems: [Diagnostic] = []
        var rendered: [String] = []
        for output in result.outputs {
            let (outputHTML, failure) = outputs.render(output, file: path)
            // Displayed markup that shows nothing (a lesson's `<style>`, once sanitized) takes no room.
            if !outputHTML.isEmpty { rendered.append(outputHTML) }
            if let failure {
                problems.append(
                    Diagnostic(file: path, line: cell.fenceLine, column: 1, kind: "GraphvizError", message: failure))
            }
        }
        if !rendered.isEmpty {
            html += "<div class=\"cell-outputs\">\n" + rendered.joined(separator: "\n") + "\n</div>\n"
        }
        if !result.ran {
            html += "<p class=\"cell-note\">This cell is not run (<code>skip</code>).</p>\n"
        }
        if changed {
            html += "<details class=\"cell-note changed-mark\"><summary><strong>Changed:</strong> this output differs "
                + "from the expected output stored in the lesson.</summary>"
                + "<pre>\(HTMLEscaping.text(cell.expected?.text ?? ""))</pre></details>\n"
        }
        return (html + "</section>", problems)
    }

    /// The source without its final newline, so `<pre>` has no empty last line.
    static func trimmed(_ source: String) -> String {
        source.hasSuffix("\n") ? String(source.dropLast()) : source
    }
}
