/// The values the Mustache templates see. Plain dictionaries and arrays, so an author's template can use any
/// of them; text values are escaped by Mustache's `{{…}}`, HTML values (`content`, `css`) go in `{{{…}}}`.
enum PageContext {
    static func lesson(
        title: String, summary: String?, sourcePath: String, css: String, contents: TableOfContents, content: String,
        titleInBody: Bool, links: PageLinks
    ) -> [String: Any] {
        let toc: [[String: Any]] = contents.navigable.map { ["level": $0.level, "text": $0.text, "id": $0.id] }
        var context: [String: Any] = [
            "title": title, "sourcePath": sourcePath, "css": css, "content": content, "toc": toc,
            "hasToc": !toc.isEmpty, "titleInBody": titleInBody, "indexHref": links.index,
        ]
        if let summary { context["summary"] = summary }
        if let previous = links.previous { context["previous"] = ["href": previous.href, "title": previous.title] }
        if let next = links.next { context["next"] = ["href": next.href, "title": next.title] }
        return context
    }

    static func index(title: String, css: String, lessons: [IndexEntry]) -> [String: Any] {
        let list: [[String: Any]] = lessons.enumerated().map { number, lesson in
            var entry: [String: Any] = ["href": lesson.href, "title": lesson.title, "number": number + 1]
            if let summary = lesson.summary { entry["summary"] = summary }
            return entry
        }
        return ["title": title, "css": css, "lessons": list]
    }
}

/// One lesson in the index.
public struct IndexEntry: Equatable, Sendable {
    /// The page's file name.
    public var href: String
    /// The lesson's title.
    public var title: String
    /// One line about it.
    public var summary: String?

    /// Makes an entry.
    public init(href: String, title: String, summary: String?) {
        self.href = href
        self.title = title
        self.summary = summary
    }
}
