import Foundation
import MicrogradScript
import Notebook

/// Renders a folder of lessons into a folder of self-contained pages plus `index.html`.
///
/// Each lesson is parsed, run in its own session, woven and written atomically. A lesson that cannot be read
/// keeps its previous page and the others still render. Lessons and their links follow sorted path order.
public struct Site {
    /// What to render.
    public var options: SiteOptions
    /// Runs lessons; tests may give one with smaller limits.
    public var runner: Runner
    /// Laid-out graphs; a long-lived caller (a preview server) keeps one across renders.
    public var graphCache: GraphCache

    /// Makes a site renderer.
    public init(options: SiteOptions, runner: Runner = Runner(), graphCache: GraphCache = GraphCache()) {
        self.options = options
        self.runner = runner
        self.graphCache = graphCache
    }

    /// Loads the templates named by the options (Gradbook's own unless `templateDirectory` is set).
    public func templates() throws(TemplateError) -> PageTemplates {
        if let directory = options.templateDirectory { return try PageTemplates.custom(directory: directory) }
        return try PageTemplates.standard()
    }

    /// Renders every lesson. Throws only for problems with the whole run: a missing input path or a bad template.
    public func render() throws(SiteError) -> SiteReport {
        let templates: PageTemplates
        do { templates = try self.templates() } catch { throw .template(error) }
        let paths: [String]
        do { paths = try LessonFinder.lessons(in: options.inputs) } catch { throw .missingInput(error.description) }
        do {
            try FolderCreation.make(options.outputDirectory)
        } catch {
            throw .output("\(options.outputDirectory): cannot create the output folder: \(error.reason)")
        }

        var report = SiteReport()
        var lessons: [(path: String, document: Document?)] = []
        for path in paths {
            do {
                lessons.append((path, try LessonParser.load(path: path)))
            } catch {
                report.invalidLessons.append(error)
                lessons.append((path, nil))
            }
        }
        let entries = lessons.map { lesson in
            IndexEntry(
                href: Self.pageName(for: lesson.path),
                title: lesson.document.map(LessonSummary.title) ?? Self.stem(of: lesson.path),
                summary: lesson.document.flatMap(LessonSummary.summary))
        }
        let weaver = PageWeaver(
            prose: ProseRenderer(safe: options.safe), outputs: OutputHTML(graphs: GraphFigure(cache: graphCache)),
            graphLimitOverride: options.graphLimit, templates: templates)
        for (position, lesson) in lessons.enumerated() {
            guard let document = lesson.document else { continue }
            let links = PageLinks(
                previous: position > 0 ? Self.neighbour(entries[position - 1]) : nil,
                next: position + 1 < entries.count ? Self.neighbour(entries[position + 1]) : nil)
            let run = runner.run(document)
            report.diagnostics += Self.cellProblems(run)
            report.unexpectedFailures += run.unexpectedFailures.count
            let page = weaver.weave(run, links: links)
            report.diagnostics += page.diagnostics
            report.diagnostics += ImageAssets.copy(for: document, to: options.outputDirectory)
            write(page.html, name: entries[position].href, into: &report)
        }
        let index = templates.index.render(PageContext.index(title: "Lessons", css: templates.css, lessons: entries))
        write(index, name: "index.html", into: &report)
        return report
    }

    private func write(_ html: String, name: String, into report: inout SiteReport) {
        let target = "\(options.outputDirectory)/\(name)"
        do {
            try AtomicFile.write(html, to: target)
            report.written.append(target)
        } catch {
            report.unwritablePages += 1
            report.diagnostics.append(
                Diagnostic(file: target, line: 1, column: 1, kind: "WriteError", message: error.reason))
        }
    }

    /// Errors of cells that should not fail, and `expect-error` cells that did not, as file diagnostics.
    static func cellProblems(_ run: RunResult) -> [Diagnostic] {
        run.unexpectedFailures.map { result in
            if let error = result.error { return error }
            return Diagnostic(
                file: run.document.path, line: result.cell.fenceLine, column: 1, kind: "LessonError",
                message: "this cell has expect-error but finished without an error")
        }
    }

    /// `Notebooks/03-neuron.md` → `03-neuron.html`: pages sit side by side in the output folder.
    public static func pageName(for path: String) -> String {
        stem(of: path) + ".html"
    }

    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    static func neighbour(_ entry: IndexEntry) -> PageLinks.Neighbour {
        PageLinks.Neighbour(href: entry.href, title: entry.title)
    }
}

/// A problem that stops a whole render before any page is written; `gradbook render` exits 2.
public enum SiteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The template could not be loaded or parsed.
    case template(TemplateError)
    /// An input path does not exist.
    case missingInput(String)
    /// The output folder cannot be made.
    case output(String)

    /// The message for stderr.
    public var description: String {
        switch self {
        case .template(let error): error.description
        case .missingInput(let message): "error: " + message
        case .output(let message): "error: " + message
        }
    }
}
