/// A run of Markdown between cells, exactly as written (front matter removed).
public struct Prose: Equatable, Sendable {
    /// The Markdown text, byte for byte from the lesson.
    public var markdown: String
    /// The file line (from 1) of the first line of `markdown`: add it to fragment lines to point into the file.
    public var line: Int

    /// Makes a prose block.
    public init(markdown: String, line: Int) {
        self.markdown = markdown
        self.line = line
    }
}
