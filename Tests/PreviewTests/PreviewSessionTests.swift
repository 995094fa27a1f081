import Foundation
import Preview
import Testing
import Weave

/// A real preview server on a free port of 127.0.0.1, probed over a socket. Every test stops its server.
@Suite struct PreviewSessionTests {
    /// A course of two lessons and a secret beside it, in a fresh folder.
    static func course() throws -> String {
        let root = NSTemporaryDirectory() + "gradbook-preview-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/Notebooks", withIntermediateDirectories: true)
        try Data("# One\n\n```micrograd\nprint(1)\n```\n".utf8).write(to: URL(fileURLWithPath: root + "/Notebooks/01-one.md"))
        try Data("# Two\n\n```micrograd\nprint(2)\n```\n".utf8).write(to: URL(fileURLWithPath: root + "/Notebooks/02-two.md"), options: .atomic)
        try Data("SECRET".utf8).write(to: URL(fileURLWithPath: root + "/secret.txt"))
        return root
    }

    /// Runs `body` against a started session, and stops the session whatever happens.
    static func withSession(
        root: String, log: @escaping @Sendable (String) -> Void = { _ in },
        _ body: (PreviewSession, UInt16) async throws -> Void
    ) async throws {
        let options = SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Output")
        let session = PreviewSession(site: Site(options: options), port: 0, log: log)
        do {
            let port = try await session.start(watchInterval: .milliseconds(100))
            try await body(session, port)
        } catch {
            await session.stop()
            throw error
        }
        await session.stop()
    }

    @Test func servesPagesWithTheReloadScriptAndRendersFirst() async throws {
        let root = try Self.course()
        try await Self.withSession(root: root) { _, port in
            let page = try await HTTPProbe.get("/01-one.html", port: port)
            #expect(page.status == 200)
            #expect(page.head.lowercased().contains("content-type: text/html; charset=utf-8"))
            #expect(page.body.contains("<h1 id=\"one\">"))
            #expect(page.body.contains("new EventSource('/.gradbook/events')"))
            let index = try await HTTPProbe.get("/", port: port)
            #expect(index.status == 200)
            #expect(index.body.contains("02-two.html"))
            let written = try String(contentsOfFile: root + "/Output/01-one.html", encoding: .utf8)
            #expect(!written.contains("EventSource"), "the file on disk has no reload script")
            #expect(try await HTTPProbe.get("/missing.html", port: port).status == 404)
        }
    }

    @Test func pathsCannotLeaveTheOutputFolder() async throws {
        let root = try Self.course()
        try await Self.withSession(root: root) { _, port in
            for target in [
                "/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "/img/../../secret.txt", "/.cache/01-one.html.json", "/..\\secret.txt", "/%00index.html",
            ] {
                let response = try await HTTPProbe.get(target, port: port)
                #expect(response.status == 403 || response.status == 404, "\(target): \(response.status)")
                #expect(!response.body.contains("SECRET"), "\(target)")
            }
        }
    }

    @Test func savingALessonReRendersItAndSendsAReloadEvent() async throws {
        let root = try Self.course()
        let lines = LogLines()
        try await Self.withSession(root: root, log: { lines.append($0) }) { session, port in
            let stream = try HTTPProbe(port: port)
            try stream.send("GET /.gradbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let opened = try await HTTPProbe.blocking { stream.read(until: ": connected") }
            #expect(opened.contains("text/event-stream"))
            #expect(opened.contains(": connected"))
            try Data("# Two, edited\n\n```micrograd\nnope\n```\n".utf8)
                .write(to: URL(fileURLWithPath: root + "/Notebooks/02-two.md"), options: .atomic)
            let event = try await HTTPProbe.blocking { stream.read(until: "data: 02-two.html") }
            #expect(event.contains("data: 02-two.html"), "\(event)")
            let page = try await HTTPProbe.get("/02-two.html", port: port)
            #expect(page.body.contains("Two, edited"))
            #expect(page.body.contains("NameError"), "the cell error shows on the page")
            #expect(lines.value.contains { $0.hasPrefix("re-rendered \(root)/Notebooks/02-two.md") })
            #expect(lines.value.contains { $0.contains("02-two.md:4:1: error: NameError: name 'nope' is not defined") })
            _ = session
        }
    }

    @Test func aPortInUseIsAClearErrorAtOnce() async throws {
        let root = try Self.course()
        try await Self.withSession(root: root) { _, port in
            let options = SiteOptions(inputs: [root + "/Notebooks"], outputDirectory: root + "/Output")
            let second = PreviewSession(site: Site(options: options), port: port, log: { _ in })
            do {
                _ = try await second.start()
                await second.stop()
                Issue.record("a second server started on port \(port)")
            } catch let error as PreviewError {
                #expect(error.description == "error: cannot listen on 127.0.0.1:\(port): Address already in use")
            }
        }
    }

    @Test func onlyGetAndHeadAreServed() async throws {
        let root = try Self.course()
        try await Self.withSession(root: root) { _, port in
            let probe = try HTTPProbe(port: port)
            try probe.send("DELETE /01-one.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
            #expect(try await HTTPProbe.blocking { probe.readAll() }.hasPrefix("HTTP/1.1 405"))
        }
    }
}

/// Lines the session logged, from any thread.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var value: [String] { lock.withLock { lines } }
}
