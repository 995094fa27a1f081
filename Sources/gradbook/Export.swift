import ArgumentParser
import Notebook
import Weave

extension Gradbook {
    /// `gradbook export LESSON… [--to ipynb] [--output DIR]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run lessons and write them as Jupyter notebooks (nbformat 4.5) with their outputs.",
            discussion: """
                Prose becomes markdown cells (math stays $…$), cells become code cells with fresh outputs: text as \
                streams and text/plain, graphs and plots as image/svg+xml beside their text, errors as errors. \
                Options become cell tags and the front matter metadata.gradbook, so import gives the lesson back. \
                Exits 1 if a cell failed unexpectedly (the notebook is still written), 2 for bad usage, an invalid \
                lesson or a file that cannot be written.
                """)

        @Argument(help: "Lesson files or folders (default: Notebooks).")
        var paths: [String] = []

        @Option(name: .customLong("to"), help: "The format to write (only ipynb).")
        var format = "ipynb"

        @Option(name: .shortAndLong, help: "The folder the notebooks are written to.")
        var output = "Output"

        func run() throws {
            try ExportInvocation(paths: paths, format: format, outputDirectory: output, mapping: NotebookPictures.mapping(for:))
                .perform().finish()
        }
    }
}
