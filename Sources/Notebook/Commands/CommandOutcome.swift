/// What a command has to say and how it ends: the CLI prints `standardOutput` and `standardError` and exits
/// with `exitCode`, nothing more.
public struct CommandOutcome: Equatable, Sendable {
    /// Text for standard output, each line ending with a newline (or empty).
    public var standardOutput: String
    /// Text for standard error, each line ending with a newline (or empty).
    public var standardError: String
    /// 0 success, 1 a cell failed or mismatched, 2 bad usage, an unreadable file or an invalid lesson.
    public var exitCode: Int32

    /// Makes an outcome.
    public init(standardOutput: String = "", standardError: String = "", exitCode: Int32 = 0) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.exitCode = exitCode
    }

    /// Adds a line to standard output.
    mutating func say(_ line: String) { standardOutput += line + "\n" }
    /// Adds a line to standard error.
    mutating func complain(_ line: String) { standardError += line + "\n" }
}

/// The exit codes Gradbook's commands share.
public enum ExitStatus {
    /// Everything passed.
    public static let success: Int32 = 0
    /// A cell failed unexpectedly or its output did not match.
    public static let failure: Int32 = 1
    /// Bad usage, an unreadable file, or a lesson that cannot be parsed (front matter, fences, options).
    public static let usage: Int32 = 2
}
