import ArgumentParser
import Notebook

/// `--jobs N` and `--quiet`, shared by `check` and `render`.
struct ConcurrencyOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Lessons to run at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print no progress and no closing summary on stderr.")
    var quiet = false

    func validate() throws {
        try Self.validate(jobs: jobs)
    }

    /// `--jobs` must be from 1 to `ParallelMap.maximumJobs`.
    static func validate(jobs: Int?) throws {
        if let jobs, !(1...ParallelMap.maximumJobs).contains(jobs) {
            throw ValidationError("--jobs must be from 1 to \(ParallelMap.maximumJobs)")
        }
    }
}
