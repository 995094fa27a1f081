import Foundation

/// Colours for terminal output: on for a terminal, off for pipes and files, and off whenever `NO_COLOR` is set.
public struct ConsoleStyle: Equatable, Sendable {
    /// Whether ANSI colour codes are written.
    public var colored: Bool

    /// No colour: what tests, pipes and files get.
    public static let plain = ConsoleStyle(colored: false)

    /// Makes a style.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// Colour for standard output (`fileDescriptor` 1) or standard error (2) of this process, following
    /// https://no-color.org: any non-empty `NO_COLOR` turns colour off.
    public static func detect(fileDescriptor: Int32 = 1, environment: [String: String] = ProcessInfo.processInfo.environment) -> ConsoleStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return ConsoleStyle(colored: !noColor && isatty(fileDescriptor) == 1)
    }

    /// Red, for removed lines and failures.
    public func removed(_ text: String) -> String { paint(text, "31") }
    /// Green, for added lines and passes.
    public func added(_ text: String) -> String { paint(text, "32") }
    /// Cyan, for hunk headers.
    public func hunk(_ text: String) -> String { paint(text, "36") }
    /// Bold, for headings such as `path:line`.
    public func bold(_ text: String) -> String { paint(text, "1") }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
