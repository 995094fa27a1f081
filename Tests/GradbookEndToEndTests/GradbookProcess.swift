import Foundation

/// Runs the built `gradbook` executable and captures what it prints.
enum GradbookProcess {
    /// What one run printed and how it exited.
    struct Outcome {
        var exitCode: Int32
        var standardOutput: String
        var standardError: String
        /// True when a signal ended the process (a crash, or a kill), rather than `exit`.
        var signalled = false

        /// Every line printed, standard output first.
        var lines: [String] {
            (standardOutput + standardError).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// The repository root, from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The fixture lessons of the Notebook tests.
    static func fixture(_ name: String) -> String {
        repositoryRoot + "/Tests/NotebookTests/Lessons/" + name
    }

    /// `gradbook` beside the test bundle (`swift build --build-tests` builds both into the same folder), else in
    /// `.build/debug`.
    static var executable: String {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gradbook").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return repositoryRoot + "/.build/debug/gradbook"
    }

    /// Runs `gradbook arguments…` in `directory` and waits for it.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let folder = NSTemporaryDirectory() + "gradbook-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outputPath = folder + "/stdout"
        let errorPath = folder + "/stderr"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        let error = String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self)
        return Outcome(
            exitCode: process.terminationStatus, standardOutput: output, standardError: error,
            signalled: process.terminationReason == .uncaughtSignal)
    }

    /// A fresh empty folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "gradbook-e2e-work-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Copies a fixture lesson into `folder` and returns the copy's path.
    static func copyFixture(_ name: String, to folder: String) throws -> String {
        let target = folder + "/" + name
        try FileManager.default.copyItem(atPath: fixture(name), toPath: target)
        return target
    }
}
