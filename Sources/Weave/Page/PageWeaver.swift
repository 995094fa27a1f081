import MicrogradScript
import Notebook

/// Weaves one lesson's run into a finished HTML page: prose, cells with fresh outputs, table of contents and
/// links, dressed by the page template.
public struct PageWeaver {
    /// How prose and math become HTML.
    public var prose: ProseRenderer
    /// How outputs are drawn; the lesson's `graph_limit` adjusts the node limit unless `graphLimitOverride` is set.
    public var outputs: OutputHTML
    /// A `--graph-limit` given on the command line, which beats the lesson's `graph_limit`.
    public var graphLimitOverride: Int?
    /// The templates and stylesheet.
    public var templates: PageTemplates
    /// Judges fresh outputs against the expected blocks, for the "changed" marks.
    public var checker: Checker

    /// Makes a weaver.
    public init(
        prose: ProseRenderer = ProseRenderer(), outputs: OutputHTML = OutputHTML(), graphLimitOverride: Int? = nil,
        templates: PageTemplates, checker: Checker = Checker()
    ) {
        self.prose = prose
        self.outputs = outputs
        self.graphLimitOverride = graphLimitOverride
        self.templates = templates
        self.checker = checker
    }

    /// A woven page.
    public struct Page: Equatable, Sendable {
        /// The whole HTML document.
        public var html: String
        /// The page's title.
        public var title: String
        /// Its headings.
        public var contents: TableOfContents
        /// Math warnings and Graphviz failures, pointing into the lesson.
        public var diagnostics: [Diagnostic]
    }

    /// Weaves `run`, linked to its neighbours by `links`.
    public func weave(_ run: RunResult, links: PageLinks = PageLinks()) -> Page {
        let document = run.document
        var outputs = self.outputs
        outputs.graphs.nodeLimit = graphLimitOverride ?? document.frontMatter.graphLimit ?? outputs.graphs.nodeLimit
        outputs.markup.trusted = document.frontMatter.trustHTML && !prose.safe
        let cellHTML = CellHTML(outputs: outputs)
        let changed = changedCells(run)
        var takenIDs: Set<String> = []
        var parts: [String] = []
        var headings: [TableOfContents.Entry] = []
        var diagnostics: [Diagnostic] = []
        var results = run.cells.makeIterator()
        for block in document.blocks {
            switch block {
            case .prose(let text):
                let rendered = prose.render(text, path: document.path, takenIDs: &takenIDs)
                parts.append(rendered.html)
                headings += rendered.headings
                diagnostics += rendered.warnings
            case .cell:
                guard let result = results.next() else { continue }
                let (html, problems) = cellHTML.render(
                    result, path: document.path, changed: changed.contains(result.cell.index))
                parts.append(html)
                diagnostics += problems
            }
        }
        let title = LessonSummary.title(of: document)
        let contents = TableOfContents(entries: headings)
        let context = PageContext.lesson(
            title: title, summary: LessonSummary.summary(of: document), sourcePath: document.path,
            css: templates.css, contents: contents, content: parts.joined(separator: "\n"),
            titleInBody: headings.contains { $0.level == 1 }, links: links)
        return Page(html: templates.page.render(context), title: title, contents: contents, diagnostics: diagnostics)
    }

    /// Indices of cells whose fresh output no longer matches the expected block under them.
    private func changedCells(_ run: RunResult) -> Set<Int> {
        var changed: Set<Int> = []
        for verdict in checker.judge(run).verdicts {
            if case .mismatch = verdict.status { changed.insert(verdict.result.cell.index) }
        }
        return changed
    }
}
