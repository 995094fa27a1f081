/// A page's headings, in order, each with the id its `<hN>` carries.
public struct TableOfContents: Equatable, Sendable {
    /// One heading.
    public struct Entry: Equatable, Sendable {
        /// 1 to 6.
        public var level: Int
        /// The heading as plain text.
        public var text: String
        /// The heading element's id.
        public var id: String

        /// Makes an entry.
        public init(level: Int, text: String, id: String) {
            self.level = level
            self.text = text
            self.id = id
        }
    }

    /// The headings in page order.
    public var entries: [Entry]

    /// Makes a table of contents.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The headings a reader navigates by: levels 2 and 3 (the page title is level 1).
    public var navigable: [Entry] {
        entries.filter { $0.level == 2 || $0.level == 3 }
    }
}
