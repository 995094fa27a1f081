import ArgumentParser
import Foundation
import Notebook

/// The `gradbook` command: Markdown lessons with runnable micrograd cells, run, checked and woven into HTML.
struct Gradbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradbook",
        abstract: "Run, check and publish Markdown lessons and Jupyter notebooks with runnable micrograd cells.",
        discussion: """
            Exit codes: 0 success; 1 a cell failed unexpectedly or its output did not match; \
            2 bad usage, an unreadable file or an invalid lesson.
            """,
        version: GradbookVersion.current,
        subcommands: [Run.self, Check.self, New.self, Render.self, Preview.self, Import.self, Export.self])
}

extension CommandOutcome {
    /// Prints the outcome's text and ends the process with its exit code.
    func finish() throws {
        if !standardOutput.isEmpty {
            FileHandle.standardOutput.write(Data(standardOutput.utf8))
        }
        if !standardError.isEmpty {
            FileHandle.standardError.write(Data(standardError.utf8))
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
