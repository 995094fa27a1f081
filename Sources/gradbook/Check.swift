import ArgumentParser
import Notebook
import Weave

extension Gradbook {
    /// `gradbook check [PATH…]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-run lessons and notebooks and compare every cell's output with the one stored under it.",
            discussion: """
                Lessons are Markdown files (a cell's expected output is its ```output block) or Jupyter notebooks \
                (a code cell's stored outputs); folders are searched for both. Numbers match within a relative \
                tolerance (the cell's tolerance=, else the lesson's tolerance:, else --tolerance, else 1e-9); \
                other text must match exactly, ignoring trailing whitespace, after sanitizing (object addresses \
                `at 0x…` always; then the lesson's sanitize: list; then --sanitize). Reports and one summary go \
                to stdout, progress to stderr. Exits 0 when everything passes, 1 on any mismatch or unexpected \
                error, 2 for bad usage, an unreadable file or an invalid lesson.
                """)

        @Argument(help: "Lesson files (.md, .ipynb) or folders of them (default: Notebooks).")
        var paths: [String] = []

        @Option(help: "Relative tolerance for numbers in lessons and cells that set none (default 1e-9).")
        var tolerance: Double?

        @Flag(
            help: """
                Write fresh outputs where a cell's output differs beyond the tolerance or is missing (output blocks, \
                or a notebook's outputs); never an unexpected error. Says what each rewritten block was.
                """)
        var update = false

        @Option(name: .customLong("junit"), help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
        var junitPath: String?

        @Option(
            help: ArgumentHelp(
                "Check only slice I of N: lessons in sorted path order, dealt round-robin (the p-th, from 0, to slice p % N + 1).",
                valueName: "I/N"))
        var shard: String?

        @Option(
            name: .customShort("k"),
            help: ArgumentHelp(
                "Check only the cells whose names match, as pytest's -k: words joined by and, or, not and parentheses; a word matches part of a lesson's path or a cell's name (cell-3) or notebook id.",
                valueName: "expression"))
        var selection: String?

        @Flag(name: [.customLong("fail-fast"), .customShort("x")], help: "Stop at the first failing cell (lessons then run one at a time, in order).")
        var failFast = false

        @Option(help: ArgumentHelp("Apply the regex replacements in this nbval sanitizer file to every output before comparing.", valueName: "file"))
        var sanitize: String?

        @OptionGroup var concurrency: ConcurrencyOptions

        func validate() throws {
            try concurrency.validate()
            if let shard, case .failure(let error) = Shard.parse(shard) { throw ValidationError(error.message) }
            if let selection, case .failure(let error) = CellSelection.parse(selection) { throw ValidationError(error.description) }
        }

        func run() throws {
            let invocation = CheckInvocation(
                paths: paths, tolerance: tolerance, update: update, junitPath: junitPath, style: .detect(),
                jobs: concurrency.jobs, shard: shard.flatMap { try? Shard.parse($0).get() },
                progress: .detect(quiet: concurrency.quiet), selection: selection, failFast: failFast,
                sanitizeFile: sanitize, notebookOutputs: NotebookPictures.mapping(for:))
            try invocation.perform().finish()
        }
    }
}
