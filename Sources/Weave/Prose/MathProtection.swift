/// Takes math out of Markdown before cmark reads it, and puts it back after.
///
/// cmark would read `a_1 * b_2` as emphasis and eat the backslash of `\{`. So each math span is replaced by a
/// placeholder made only of letters and digits (which cmark passes through untouched), and the rendered math
/// replaces the placeholder in cmark's HTML. Code spans, fenced code and escaped dollars (`\$`) are left alone.
///
/// Rules, like Pandoc's: `$$…$$` may span lines; `$…$` must not start before a space or end after one, must not
/// be followed by a digit (`$5 and $6` stays text), and ends at a blank line.
public struct MathProtection: Equatable, Sendable {
    /// The Markdown with placeholders in place of math.
    public var markdown: String
    /// The spans, in order; span `i` sits where `placeholder(i)` is.
    public var spans: [MathSpan]

    /// The placeholder of span `index`: no Markdown punctuation, unlikely in real prose.
    public static func placeholder(_ index: Int) -> String { "gbmath\(index)q7z" }

    /// Protects the math of `markdown`, whose first line is file line `firstLine`.
    public init(_ markdown: String, firstLine: Int = 1) {
        var scanner = MathScanner(text: Array(markdown), firstLine: firstLine)
        scanner.scan()
        self.markdown = scanner.output
        self.spans = scanner.spans
    }

    /// `html` with each placeholder replaced by `rendered[i]` in text, and by the TeX as written inside tags
    /// (see `MathRestoring`).
    public func restore(in html: String, rendered: [String]) -> String {
        guard !spans.isEmpty else { return html }
        return MathRestoring(spans: spans, rendered: rendered).restore(in: html)
    }

    /// `text` (e.g. a heading for the table of contents) with placeholders shown as the TeX the author wrote.
    public func restoreSource(in text: String) -> String {
        var out = text
        for index in spans.indices.reversed() {
            out = out.replacingOccurrences(of: Self.placeholder(index), with: spans[index].tex)
        }
        return out
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
