import ArgumentParser
import Foundation
import Weave

extension Gradbook {
    /// `gradbook render [PATH…] [--output DIR] [--safe] [--template DIR] [--graph-limit N]`.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run lessons and weave them into self-contained HTML pages with an index.",
            discussion: """
                Cell errors and warnings go to stderr as path:line:col: error: message. Exits 1 if a cell failed \
                unexpectedly, a graph could not be drawn or a page could not be written, 2 for bad usage, a bad \
                template or an invalid lesson.
                """)

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

        func run() throws {
            let options = SiteOptions(
                inputs: paths.isEmpty ? ["Notebooks"] : paths, outputDirectory: output, safe: safe,
                templateDirectory: template, graphLimit: graphLimit)
            let report: SiteReport
            do {
                report = try Site(options: options).render()
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(2)
            }
            for message in report.messages {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            print(report.summary(outputDirectory: output))
            if report.exitCode != 0 { throw ExitCode(report.exitCode) }
        }
    }
}
