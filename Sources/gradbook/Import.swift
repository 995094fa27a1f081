import ArgumentParser
import Notebook

extension Gradbook {
    /// `gradbook import NOTEBOOK.ipynb… [--output DIR]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write Jupyter notebooks (nbformat 4) as Markdown lessons.",
            discussion: """
                Markdown cells become prose, code cells become ```micrograd cells, stored text outputs (streams, \
                text/plain, errors) become ```output blocks, and cell tags become options (raises-exception → \
                expect-error, skip-execution and nbval-skip → skip, hide-input and remove-input → hide, \
                nbval-ignore-output → ignore-output). Pictures and raw cells are dropped, with a note on stderr. \
                The title is the notebook's first heading. Exits 2 when a notebook cannot be read or imported, or \
                its lesson exists and differs (see --force).
                """)

        @Argument(help: "The notebooks (.ipynb).")
        var notebooks: [String]

        @Option(name: .shortAndLong, help: "The folder the lessons are written to.")
        var output = "Notebooks"

        @Flag(help: "Overwrite a lesson that exists and differs.")
        var force = false

        func run() throws {
            try ImportInvocation(paths: notebooks, outputDirectory: output, force: force).perform().finish()
        }
    }
}
