import ArgumentParser
import Notebook

extension Gradbook {
    /// `gradbook run FILE.md`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one lesson and print each cell's outputs under the cell's path:line.",
            discussion: "Exits 1 if a cell failed unexpectedly, 2 if the lesson cannot be read or parsed.")

        @Argument(help: "The lesson to run (a Markdown file).")
        var file: String

        func run() throws {
            try RunInvocation(path: file, style: .detect()).perform().finish()
        }
    }
}
