import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `check` colours its diffs on a terminal, and not when `NO_COLOR` is set or the output is a pipe.
@Suite
struct TerminalColourTests {
    typealias OpenPTY = @convention(c) (
        UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<CChar>?, UnsafeRawPointer?,
        UnsafeRawPointer?
    ) -> Int32

    /// `openpty(3)`, looked up at run time: it is in the C library on Linux and macOS, but not in Swift's
    /// module for it.
    static let openpty: OpenPTY? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "openpty") else { return nil }
        return unsafeBitCast(symbol, to: OpenPTY.self)
    }()

    /// Runs `gradbook arguments…` with standard output on a pseudo-terminal and returns what it printed there.
    static func runOnTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        var master: Int32 = -1
        var slave: Int32 = -1
        let openTerminal = try #require(Self.openpty, "openpty is not available")
        try #require(openTerminal(&master, &slave, nil, nil, nil) == 0, "no pseudo-terminal available")
        defer { close(master) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: GradbookProcess.executable)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if environment["NO_COLOR"] == nil { merged["NO_COLOR"] = nil }
        process.environment = merged
        process.standardOutput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read while it runs, so a long report cannot fill the terminal's buffer and stall the process.
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        var finished = false
        while true {
            let count = read(master, &buffer, buffer.count)
            if count > 0 {
                bytes += buffer[0..<count]
            } else if finished {
                break
            } else {
                // One more pass after the exit reads whatever it wrote last.
                finished = !process.isRunning
                if !finished { usleep(10_000) }
            }
        }
        close(slave)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func diffsAreColouredOnATerminal() throws {
        let printed = try Self.runOnTerminal(["check", GradbookProcess.fixture("mismatch.md")])
        #expect(printed.contains("\u{1B}[31m-3\u{1B}[0m"), "\(printed.debugDescription)")
        #expect(printed.contains("\u{1B}[32m+2\u{1B}[0m"))
    }

    @Test func noColorTurnsColourOffOnATerminal() throws {
        let printed = try Self.runOnTerminal(["check", GradbookProcess.fixture("mismatch.md")], environment: ["NO_COLOR": "1"])
        #expect(printed.contains("-3"))
        #expect(!printed.contains("\u{1B}["), "\(printed.debugDescription)")
    }
}
