/// Where a lesson page sits among the others: the pages before and after it, and the index.
public struct PageLinks: Equatable, Sendable {
    /// A link to another lesson.
    public struct Neighbour: Equatable, Sendable {
        /// The page's file name, relative to this one (`02-derivative.html`).
        public var href: String
        /// Its title, as text.
        public var title: String

        /// Makes a link.
        public init(href: String, title: String) {
            self.href = href
            self.title = title
        }
    }

    /// The lesson before, if any.
    public var previous: Neighbour?
    /// The lesson after, if any.
    public var next: Neighbour?
    /// The index page, relative to this one.
    public var index: String

    /// Makes links.
    public init(previous: Neighbour? = nil, next: Neighbour? = nil, index: String = "index.html") {
        self.previous = previous
        self.next = next
        self.index = index
    }
}
