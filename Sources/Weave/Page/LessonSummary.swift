import Notebook

/// The title and one-line summary a lesson shows in the index and in `<title>`.
public enum LessonSummary {
    /// The front matter's title, else the first `#` heading, else the file name without `.md` or `.ipynb`.
    public static func title(of document: Document) -> String {
        if let title = document.title, !title.isEmpty { return title }
        return Site.stem(of: document.path)
    }

    /// The front matter's summary, else the first sentence of the first paragraph, cut to about 160 characters.
    public static func summary(of document: Document) -> String? {
        if let summary = document.frontMatter.summary, !summary.isEmpty { return summary }
        for block in document.blocks {
            guard case .prose(let prose) = block else { continue }
            let root = Cmark.parse(prose.markdown)
            if let paragraph = root.children.first(where: { $0.kind == .paragraph }) {
                return firstSentence(paragraph.plainText)
            }
        }
        return nil
    }

    static func firstSentence(_ text: String, limit: Int = 160) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var sentence = flat
        if let end = flat.range(of: ". ") { sentence = String(flat[..<end.lowerBound]) + "." }
        guard sentence.count > limit else { return sentence }
        let cut = sentence.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
