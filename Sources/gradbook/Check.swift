import ArgumentParser
import Notebook

extension Gradbook {
    /// `gradbook check [PATH…]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-run lessons and compare every cell's output with its ```output block.",
            discussion: """
                Numbers match within a relative tolerance (the cell's tolerance=, else the lesson's tolerance:, \
                else --tolerance, else 1e-9); other text must match exactly, ignoring trailing whitespace. \
                Exits 0 when everything passes, 1 on any mismatch or unexpected error, 2 for bad usage, an \
                unreadable file or an invalid lesson.
                """)

        @Argument(help: "Lesson files or folders of lessons (default: Notebooks).")
        var paths: [String] = []

        @Option(help: "Relative tolerance for numbers in lessons and cells that set none (default 1e-9).")
        var tolerance: Double?

        @Flag(help: "Write fresh outputs into the lessons' ```output blocks instead of reporting mismatches.")
        var update = false

        @Option(name: .customLong("junit"), help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
        var junitPath: String?

        @Option(
            help: ArgumentHelp(
                "Check only slice I of N: lessons in sorted path order, dealt round-robin (the p-th, from 0, to slice p % N + 1).",
                valueName: "I/N"))
        var shard: String?

        @OptionGroup var concurrency: ConcurrencyOptions

        func validate() throws {
            try concurrency.validate()
            if let shard, case .failure(let error) = Shard.parse(shard) { throw ValidationError(error.message) }
        }

        func run() throws {
            let invocation = CheckInvocation(
                paths: paths, tolerance: tolerance, update: update, junitPath: junitPath, style: .detect(),
                jobs: concurrency.jobs, shard: shard.flatMap { try? Shard.parse($0).get() },
                progress: .detect(quiet: concurrency.quiet))
            try invocation.perform().finish()
        }
    }
}
