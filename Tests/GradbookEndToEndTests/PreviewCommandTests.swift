import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `gradbook preview` as a user starts it: a free port, a page fetched with URLSession, Ctrl-C to stop.
@Suite
struct PreviewCommandTests {
    @Test func servesTheCourseAndStopsOnInterrupt() async throws {
        let folder = try GradbookProcess.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Notebooks", withIntermediateDirectories: true)
        try Data("# Hello\n\n```micrograd\nprint(6 * 7)\n```\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/Notebooks/01-hello.md"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: GradbookProcess.executable)
        process.arguments = ["preview", "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Stop the server whatever happens below; a watchdog also ends it if the test itself hangs.
        defer { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.terminate() } }

        let announcement = Self.readLine(from: output.fileHandleForReading)
        let port = try #require(announcement.split(separator: ":").last.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(announcement.hasPrefix("serving Output at http://127.0.0.1:"))

        let url = try #require(URL(string: "http://127.0.0.1:\(port)/01-hello.html"))
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let page = String(decoding: data, as: UTF8.self)
        #expect(page.contains("42"))
        #expect(page.contains("EventSource"), "served pages carry the reload script")
        let onDisk = try String(contentsOfFile: folder + "/Output/01-hello.html", encoding: .utf8)
        #expect(!onDisk.contains("EventSource"))

        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aPortOutOfRangeIsBadUsage() throws {
        let outcome = try GradbookProcess.run(["preview", "--port", "70000"])
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError.hasPrefix("Error: --port must be from 0 to 65535\n"))
    }

    /// The first line the process writes, or what came before it closed its output.
    static func readLine(from handle: FileHandle) -> String {
        var received = Data()
        while !received.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        return String(decoding: received, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }
}
