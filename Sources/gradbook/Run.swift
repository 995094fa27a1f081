import ArgumentParser
import Notebook

extension Gradbook {
    /// `gradbook run FILE`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one lesson or notebook and print each cell's outputs under its place (path:line, or path:cell N).",
            discussion: "Exits 1 if a cell failed unexpectedly, 2 if the lesson cannot be read or parsed.")

        @Argument(help: "The lesson to run (a Markdown file or a Jupyter notebook).")
        var file: String

        @Option(
            name: .customShort("k"),
            help: ArgumentHelp("Print only the cells whose names match (as check -k); the cells before them still run.", valueName: "expression"))
        var selection: String?

        func validate() throws {
            if let selection, case .failure(let error) = CellSelection.parse(selection) { throw ValidationError(error.description) }
        }

        func run() throws {
            try RunInvocation(path: file, style: .detect(), selection: selection).perform().finish()
        }
    }
}
