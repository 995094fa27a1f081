import Foundation
import MicrogradScript
import Notebook

/// Renders a folder of lessons into a folder of self-contained pages plus `index.html`.
///
/// Each lesson is parsed, run in its own session, woven and written atomically, several at once (`jobs`). A
/// lesson whose inputs are all unchanged since its last render keeps its page (see `RenderKey`, `RenderCache`);
/// `force` re-runs everything. A lesson that cannot be read keeps its previous page and the others still
/// render. Lessons, links and every report follow sorted path order, whatever finishes first.
public struct Site: Sendable {
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
        let found: [String]
        do { found = try LessonFinder.lessons(in: options.inputs) } catch { throw .missingInput(error.description) }
        let (paths, clashes) = Self.claimPageNames(found)
        if let jobs = options.jobs, !(1...ParallelMap.maximumJobs).contains(jobs) {
            throw .usage("--jobs must be from 1 to \(ParallelMap.maximumJobs)")
        }
        do {
            try FolderCreation.make(options.outputDirectory)
        } catch {
            throw .output("\(options.outputDirectory): cannot create the output folder: \(error.reason)")
        }
        let lessons = ParallelMap.map(paths, jobs: options.jobs) { path -> Result<Document, LessonError> in
            do throws(LessonError) { return .success(try LessonParser.load(path: path)) } catch { return .failure(error) }
        }
        let entries = zip(paths, lessons).map { path, lesson in
            let document = try? lesson.get()
            return IndexEntry(
                href: Self.pageName(for: path), title: document.map(LessonSummary.title) ?? Self.stem(of: path),
                summary: document.flatMap(LessonSummary.summary))
        }
        let reporter = ProgressReporter(mode: options.progress, verb: "rendering", paths: paths)
        let job = LessonRender(
            options: options, runner: runner, templates: templates, graphCache: graphCache,
            cache: RenderCache(outputDirectory: options.outputDirectory))
        let outcomes = ParallelMap.map(Array(paths.indices), jobs: options.jobs) { position in
            guard case .success(let document) = lessons[position] else {
                reporter.finished(position, line: "\(paths[position]): invalid lesson")
                return LessonOutcome(path: paths[position], page: entries[position].href, status: .invalid)
            }
            let links = PageLinks(
                previous: position > 0 ? Self.neighbour(entries[position - 1]) : nil,
                next: position + 1 < entries.count ? Self.neighbour(entries[position + 1]) : nil)
            return job.render(document, links: links, position: position, reporter: reporter)
        }
        reporter.finish()

        var report = SiteReport(lessons: outcomes)
        report.invalidLessons += clashes
        for (lesson, outcome) in zip(lessons, outcomes) {
            switch lesson {
            case .success(let document): report.sources[document.path] = document.source
            case .failure(let error): report.invalidLessons.append(error)
            }
            report.diagnostics += outcome.diagnostics
            report.unexpectedFailures += outcome.unexpectedFailures
            if outcome.unwritable { report.unwritablePages += 1 }
            if let written = outcome.written { report.written.append(written) }
        }
        let index = templates.index.render(PageContext.index(title: "Lessons", css: templates.css, lessons: entries))
        writeIfChanged(index, name: "index.html", into: &report)
        let counts = report.counts
        report.summary = reporter.summary(
            lessons: paths.count, detail: "\(counts.rerun) re-run, \(counts.upToDate) up to date",
            cells: outcomes.reduce(0) { $0 + $1.cells },
            failures: report.unexpectedFailures + report.invalidLessons.count + report.unwritablePages,
            verb: "rendered")
        return report
    }

    /// Writes a page unless the file already holds exactly these bytes (an unchanged index stays untouched).
    private func writeIfChanged(_ html: String, name: String, into report: inout SiteReport) {
        let target = "\(options.outputDirectory)/\(name)"
        if let existing = FileManager.default.contents(atPath: target), existing.elementsEqual(html.utf8) { return }
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
                file: run.document.file(of: result.cell), line: result.cell.notebookCell == nil ? result.cell.fenceLine : 1,
                column: 1, kind: "LessonError",
                message: "this cell has expect-error but finished without an error")
        }
    }

    /// Splits `paths` into the lessons that get a page and those whose page name an earlier lesson already
    /// has: pages sit side by side in one folder, so `a/01-x.md` and `b/01-x.md` cannot both be written, and
    /// the later one is refused rather than silently overwriting the other.
    static func claimPageNames(_ paths: [String]) -> (kept: [String], clashes: [LessonError]) {
        var owners: [String: String] = [:]
        var kept: [String] = []
        var clashes: [LessonError] = []
        for path in paths {
            let page = pageName(for: path)
            if let owner = owners[page] {
                let message = "its page \(page) would overwrite the page of \(owner); give one of them another file name"
                clashes.append(
                    LessonError(
                        path: path,
                        diagnostics: [Diagnostic(file: path, line: 1, column: 1, kind: "LessonError", message: message)]))
            } else {
                owners[page] = path
                kept.append(path)
            }
        }
        return (kept, clashes)
    }

    /// `Notebooks/03-neuron.md` → `03-neuron.html`, `demo.ipynb` → `demo.html`: pages sit side by side in the
    /// output folder.
    public static func pageName(for path: String) -> String {
        stem(of: path) + ".html"
    }

    /// The file name of `path` without `.md` or `.ipynb`.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".md") { return String(name.dropLast(3)) }
        return LessonParser.isNotebook(name) ? String(name.dropLast(6)) : name
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
    /// An option is out of bounds.
    case usage(String)

    /// The message for stderr.
    public var description: String {
        switch self {
        case .template(let error): error.description
        case .missingInput(let message): "error: " + message
        case .output(let message): "error: " + message
        case .usage(let message): "error: " + message
        }
    }
}
