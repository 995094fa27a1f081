import Foundation
import MicrogradScript

/// `gradbook export LESSON… [--to ipynb] [--output DIR]`: runs each lesson and writes it as a Jupyter notebook,
/// `DIR/NAME.ipynb`, with fresh outputs (see `JupyterExport`).
///
/// Notebooks go to `Output/` by default, beside the rendered pages and out of the lessons' folder, where
/// `check` and `render` would take them for lessons of their own.
public struct ExportInvocation: Sendable {
    /// Lesson files or folders.
    public var paths: [String]
    /// `--to`: the format; only `ipynb` exists.
    public var format: String
    /// Where the notebooks go.
    public var outputDirectory: String
    /// The limits cells run under.
    public var limits: Limits
    /// How a lesson's outputs become notebook outputs; the CLI's draws graphs (up to the lesson's
    /// `graph_limit`) and plots as SVG.
    public var mapping: @Sendable (Document) -> JupyterOutputMapping

    /// Makes an invocation.
    public init(
        paths: [String], format: String = "ipynb", outputDirectory: String = "Output", limits: Limits = Limits(),
        mapping: @escaping @Sendable (Document) -> JupyterOutputMapping = { _ in JupyterOutputMapping() }
    ) {
        self.paths = paths
        self.format = format
        self.outputDirectory = outputDirectory
        self.limits = limits
        self.mapping = mapping
    }

    /// Exports every lesson. Exit 1 when a cell failed unexpectedly (the notebook is still written, with the
    /// error as the cell's output), 2 for bad usage, an invalid lesson or a file that cannot be written.
    public func perform() -> CommandOutcome {
        var outcome = CommandOutcome()
        guard format == "ipynb" else {
            outcome.complain("error: --to \(format): the only format is ipynb")
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        let lessons: [String]
        do {
            lessons = try LessonFinder.lessons(in: paths.isEmpty ? ["Notebooks"] : paths)
            try FolderCreation.make(outputDirectory)
        } catch let error as LessonFinder.MissingPath {
            outcome.complain("error: \(error.description)")
            outcome.exitCode = ExitStatus.usage
            return outcome
        } catch {
            outcome.complain("error: \(outputDirectory): cannot create the folder")
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        var targets: [String: String] = [:]
        var failed = false
        for path in lessons {
            let target = (outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/") + Self.notebookName(for: path)
            if let owner = targets[target] {
                outcome.complain("\(path): error: its notebook \(target) would overwrite the one of \(owner); not exported")
                outcome.exitCode = ExitStatus.usage
                continue
            }
            targets[target] = path
            if Self.sameFile(path, target) {
                outcome.complain("\(path): error: exporting it to \(target) would overwrite the lesson itself; choose another --output")
                outcome.exitCode = ExitStatus.usage
                continue
            }
            let document: Document
            do { document = try LessonParser.load(path: path) } catch {
                outcome.complain(error.report)
                outcome.exitCode = ExitStatus.usage
                continue
            }
            let run = Runner(limits: limits).run(document)
            for result in run.unexpectedFailures {
                failed = true
                let place = result.error.map { DiagnosticQuote.render($0, source: document.quotedText(for: $0)) }
                    ?? "\(document.place(of: result.cell)): the cell is marked `expect-error` but finished without an error"
                outcome.complain(place)
            }
            do {
                try AtomicFile.write(JupyterExport.notebook(run, mapping: mapping(document)), to: target)
                outcome.say("exported \(path) as \(target)")
            } catch {
                outcome.complain("error: \(error.description)")
                outcome.exitCode = ExitStatus.usage
            }
        }
        if outcome.exitCode == 0, failed { outcome.exitCode = ExitStatus.failure }
        return outcome
    }

    /// `Notebooks/04-a-neuron.md` → `04-a-neuron.ipynb`.
    static func notebookName(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".md") { return String(name.dropLast(3)) + ".ipynb" }
        return LessonParser.isNotebook(name) ? name : name + ".ipynb"
    }

    private static func sameFile(_ first: String, _ second: String) -> Bool {
        URL(fileURLWithPath: first).resolvingSymlinksInPath().standardizedFileURL.path
            == URL(fileURLWithPath: second).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
