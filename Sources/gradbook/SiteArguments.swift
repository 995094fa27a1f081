import ArgumentParser
import Notebook
import Weave

/// What to render and how, shared by `render` and `preview`: lessons, the output folder, `--safe`,
/// `--template` and `--graph-limit`.
struct SiteArguments: ParsableArguments {
    @Argument(help: "Lesson files or folders (default: Notebooks).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "The folder the pages are written to.")
    var output = "Output"

    @Flag(help: "Drop raw HTML written in lessons.")
    var safe = false

    @Option(help: "A folder with page.mustache, index.mustache and style.css replacing Gradbook's own.")
    var template: String?

    @Option(help: "Draw graphs of up to N values (default 500, or the lesson's graph_limit).")
    var graphLimit: Int?

    func validate() throws {
        if let graphLimit, graphLimit < 1 { throw ValidationError("--graph-limit must be at least 1") }
    }

    /// The site options these arguments ask for, with the rest given.
    func options(force: Bool = false, jobs: Int?, progress: ProgressMode) -> SiteOptions {
        SiteOptions(
            inputs: paths.isEmpty ? ["Notebooks"] : paths, outputDirectory: output, safe: safe,
            templateDirectory: template, graphLimit: graphLimit, force: force, jobs: jobs, progress: progress)
    }
}
