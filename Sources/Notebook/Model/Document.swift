/// A parsed lesson: its front matter and its blocks in file order, plus the exact text it came from.
///
/// A plain value with no references to shared state, so documents can be parsed, run and checked in parallel.
/// `source` is kept byte for byte so that `check --update` can rewrite only the output blocks (or, for a
/// notebook, only the outputs in its JSON).
public struct Document: Equatable, Sendable {
    /// The path the lesson was read from, as the user named it; diagnostics print it.
    public var path: String
    /// The whole lesson text, front matter included, exactly as read.
    public var source: String
    /// The YAML front matter, or an empty one when the lesson has none.
    public var frontMatter: FrontMatter
    /// Prose and cells in file order. Expected-output blocks belong to the cell above them.
    public var blocks: [Block]
    /// What kind of file the lesson was read from.
    public var format: LessonFormat

    /// Makes a document from its parts.
    public init(path: String, source: String, frontMatter: FrontMatter, blocks: [Block], format: LessonFormat = .markdown) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.format = format
    }

    /// The cells in file order: what the runner runs and the checker compares.
    public var cells: [Cell] {
        blocks.compactMap { block in
            if case .cell(let cell) = block { return cell }
            return nil
        }
    }

    /// The title a page shows: the front matter's, else the first level-1 heading's text, else `nil`.
    public var title: String? {
        if let title = frontMatter.title { return title }
        for block in blocks {
            if case .prose(let prose) = block, let heading = Cmark.headings(in: prose.markdown).first(where: { $0.level == 1 }) {
                return heading.text
            }
        }
        return nil
    }
}

/// The two kinds of file a lesson can be.
public enum LessonFormat: Equatable, Sendable {
    /// Markdown with ```` ```micrograd ```` cells and ```` ```output ```` blocks: positions are file lines.
    case markdown
    /// A Jupyter notebook (`.ipynb`): positions are cells and lines within them (`demo.ipynb:cell 4:2:5`).
    case notebook
}
