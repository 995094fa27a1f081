import MicrogradScript
import Notebook

/// Renders one lesson of a site, or reuses its page when nothing it depends on changed.
///
/// Safe to call from several threads at once: the run owns its session, laid-out graphs are shared through a
/// locked cache, Graphviz sits behind its lock, and every file is written atomically.
struct LessonRender: Sendable {
    var options: SiteOptions
    var runner: Runner
    var templates: PageTemplates
    var graphCache: GraphCache
    var cache: RenderCache

    /// The outcome of `document`, linked to its neighbours by `links`, reported to `reporter` as lesson `position`.
    func render(_ document: Document, links: PageLinks, position: Int, reporter: ProgressReporter) -> LessonOutcome {
        reporter.started(position)
        let page = Site.pageName(for: document.path)
        let images = ImageInput.all(of: document)
        let key = RenderKey.make(
            document: document, images: images, links: links, templates: templates, options: options,
            limits: runner.limits)
        let outcome: LessonOutcome
        switch staleness(of: key, page: page, lesson: document.path) {
        case .success(let entry):
            outcome = LessonOutcome(
                path: document.path, page: page, status: .upToDate, cells: entry.cells,
                unexpectedFailures: entry.unexpectedFailures, diagnostics: entry.diagnostics.map(\.diagnostic))
        case .failure(let reason):
            outcome = rerun(document, key: key, images: images, links: links, reason: reason, position: position, reporter: reporter)
        }
        reporter.finished(position, line: outcome.progressLine)
        return outcome
    }

    /// The cache entry when it can stand in for a render, else why not.
    private func staleness(of key: RenderKey, page: String, lesson: String) -> Result<CacheEntry, Reason> {
        if options.force { return .failure(Reason(text: "--force")) }
        let entry: CacheEntry
        switch cache.entry(page: page, lesson: lesson) {
        case .success(let found): entry = found
        case .failure(.missing): return .failure(Reason(text: "it has no cache entry"))
        case .failure(.unreadable(let why)): return .failure(Reason(text: why))
        }
        if let change = key.difference(from: entry.key) { return .failure(Reason(text: change)) }
        if let change = cache.changedOutput(of: entry) { return .failure(Reason(text: change)) }
        return .success(entry)
    }

    private struct Reason: Error { var text: String }

    private func rerun(
        _ document: Document, key: RenderKey, images: [ImageInput], links: PageLinks, reason: Reason, position: Int,
        reporter: ProgressReporter
    ) -> LessonOutcome {
        let page = Site.pageName(for: document.path)
        let run = runner.run(document) { cell in
            reporter.cell(cell.index, of: document.cells.count, inLesson: position)
        }
        let weaver = PageWeaver(
            prose: ProseRenderer(safe: options.safe), outputs: OutputHTML(graphs: GraphFigure(cache: graphCache)),
            graphLimitOverride: options.graphLimit, templates: templates)
        let woven = weaver.weave(run, links: links)
        // A graph Graphviz refused is shown as its cell's error, so it fails the render like any cell error.
        let drawingFailures = woven.diagnostics.filter { $0.severity == .error }.count
        var outcome = LessonOutcome(
            path: document.path, page: page, status: .rendered(reason: reason.text), cells: run.cells.count,
            unexpectedFailures: run.unexpectedFailures.count + drawingFailures)
        outcome.diagnostics = Site.cellProblems(run) + woven.diagnostics
            + ImageAssets.copy(for: document, to: options.outputDirectory)
        let target = "\(options.outputDirectory)/\(page)"
        do {
            try AtomicFile.write(woven.html, to: target)
            outcome.written = target
        } catch {
            outcome.unwritable = true
            outcome.diagnostics.append(
                Diagnostic(file: target, line: 1, column: 1, kind: "WriteError", message: error.reason))
            cache.remove(page: page)
            return outcome
        }
        cache.store(
            CacheEntry(
                lesson: document.path, key: key,
                page: CacheEntry.WrittenFile(path: page, digest: SHA256.hex(woven.html)),
                images: images.compactMap { image in
                    image.digest.map { CacheEntry.WrittenFile(path: image.relativePath, digest: $0) }
                },
                cells: outcome.cells, unexpectedFailures: outcome.unexpectedFailures,
                diagnostics: outcome.diagnostics.map(CacheEntry.StoredDiagnostic.init)))
        return outcome
    }
}
