import MicrogradScript

/// Cell source as HTML: the language's own lexer classifies each token, and each becomes a `<span>` whose class
/// the stylesheet colours (`tok-keyword`, `tok-number`, …). Whitespace stays bare so the HTML stays small.
public enum SourceHighlighting {
    /// The highlighted, escaped source, ready to go inside `<pre><code>`.
    public static func html(_ source: String) -> String {
        var out = ""
        for token in SourceToken.highlight(source) {
            let text = HTMLEscaping.text(token.text)
            switch token.kind {
            case .whitespace, .name: out += text
            default: out += "<span class=\"tok-\(token.kind.rawValue)\">\(text)</span>"
            }
        }
        return out
    }
}
