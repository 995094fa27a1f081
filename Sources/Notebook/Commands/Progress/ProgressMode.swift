import Foundation

/// How `check` and `render` show their progress on stderr.
public enum ProgressMode: Equatable, Sendable {
    /// One line redrawn in place, naming the lesson, the cell and the elapsed time: for a terminal.
    case live
    /// One plain line per finished lesson, in lesson order, then the summary: for logs and pipes.
    case lines
    /// Nothing: `--quiet`, and the default for callers that are not the command line.
    case silent

    /// `live` when `fileDescriptor` is a terminal that can redraw a line (`TERM` is not `dumb`), `lines`
    /// elsewhere, `silent` when `quiet`.
    public static func detect(
        quiet: Bool, fileDescriptor: Int32 = 2, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ProgressMode {
        if quiet { return .silent }
        guard isatty(fileDescriptor) == 1, environment["TERM"] != "dumb" else { return .lines }
        return .live
    }

    /// The terminal's width in columns, when `fileDescriptor` is a terminal that says; else 80.
    static func columns(fileDescriptor: Int32 = 2) -> Int {
        var size = winsize()
        guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
