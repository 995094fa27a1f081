import ArgumentParser
import Foundation
import Weave

extension Gradbook {
    /// `gradbook render [PATH…] [--output DIR] [--safe] [--template DIR] [--graph-limit N] [--force] [--explain]`.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run lessons and weave them into self-contained HTML pages with an index.",
            discussion: """
                A lesson is re-run only when something its page depends on changed: its text, the images it uses, \
                the template, its neighbours' titles, the options or Gradbook itself (hashes in OUTPUT/.cache). \
                Cell errors and warnings go to stderr as path:line:col: error: message, also for lessons that were \
                up to date. Exits 1 if a cell failed unexpectedly, a graph could not be drawn or a page could not \
                be written, 2 for bad usage, a bad template or an invalid lesson.
                """)

        @OptionGroup var site: SiteArguments

        @Flag(help: "Re-run every lesson, even those whose page is up to date.")
        var force = false

        @Flag(help: "Say for each lesson whether it was re-run, and why.")
        var explain = false

        @OptionGroup var concurrency: ConcurrencyOptions

        func run() throws {
            let options = site.options(
                force: force, jobs: concurrency.jobs, progress: .detect(quiet: concurrency.quiet))
            let report: SiteReport
            do {
                report = try Site(options: options).render()
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(2)
            }
            if explain {
                for line in report.explanations { print(line) }
            }
            for message in report.messages {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            print(report.closingLine(outputDirectory: site.output))
            if let summary = report.summary { FileHandle.standardError.write(Data((summary + "\n").utf8)) }
            if report.exitCode != 0 { throw ExitCode(report.exitCode) }
        }
    }
}
