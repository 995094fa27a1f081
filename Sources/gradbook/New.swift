import ArgumentParser
import Notebook

extension Gradbook {
    /// `gradbook new "Title"`.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start the next numbered lesson (NN-slug.md) from a starter that passes check.")

        @Argument(help: "The lesson's title.")
        var title: String

        @Option(help: "The folder of lessons.")
        var folder = "Notebooks"

        func run() throws {
            try NewLessonInvocation(title: title, folder: folder).perform().finish()
        }
    }
}
