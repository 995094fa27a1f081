import FlyingFox
import FlyingSocks
import Foundation
import Notebook
import Weave

/// `gradbook preview`: renders the course, serves the output folder on 127.0.0.1, re-renders when a lesson is
/// saved, and tells open pages to reload.
///
/// Renders are incremental, so a save re-runs only the lessons it affects. Cell errors show on the page (as in
/// every render) and in the terminal through `log`. Files are served read-only from the output folder; see
/// `OutputPath` for what is refused. Only served pages get the reload script.
public final class PreviewSession: @unchecked Sendable {
    private let site: Site
    private let requestedPort: UInt16
    private let log: @Sendable (String) -> Void
    private let events = ReloadEvents()
    private let lock = NSLock()
    private var server: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var watcher: LessonWatcher?

    /// A session for `site` on `port` (0 picks a free one); `log` receives each line for the terminal.
    public init(site: Site, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.site = site
        self.requestedPort = port
        self.log = log
    }

    /// The open event streams (for tests: a client is subscribed once this counts it).
    public var subscribers: Int { events.count }

    /// Renders once, starts the server and the watcher; returns the port it listens on.
    public func start(watchInterval: DispatchTimeInterval = .milliseconds(300)) async throws -> UInt16 {
        try await offThePool { () throws(SiteError) in try self.renderAndAnnounce(initial: true) }
        let root = site.options.outputDirectory
        let events = self.events
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: requestedPort), timeout: 15, logger: .disabled,
            handler: ClosureHTTPHandler { request in await Self.respond(to: request, root: root, events: events) })
        let failure = StartFailure()
        let task = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        // Wait for the socket to listen, or for run() to fail (a port in use fails at once); 10 s at most.
        for _ in 0..<200 where !(await server.isListening) {
            if let error = failure.error {
                throw PreviewError(message: "cannot listen on 127.0.0.1:\(requestedPort): \(Self.reason(error))")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        guard case .ip4(_, let port) = await server.listeningAddress else {
            await server.stop()
            task.cancel()
            throw PreviewError(message: "the server is not listening on 127.0.0.1:\(requestedPort)")
        }
        var watched = site.options.inputs
        if let template = site.options.templateDirectory { watched.append(template) }
        let watcher = LessonWatcher(paths: watched, interval: watchInterval) { [weak self] in
            try? self?.renderAndAnnounce(initial: false)
        }
        lock.withLock {
            self.server = server
            self.serverTask = task
            self.watcher = watcher
        }
        return port
    }

    /// Stops watching, ends every event stream and stops the server. Safe to call more than once.
    public func stop() async {
        let (server, task, watcher) = lock.withLock {
            defer { (self.server, self.serverTask, self.watcher) = (nil, nil, nil) }
            return (self.server, self.serverTask, self.watcher)
        }
        watcher?.stop()
        events.close()
        await server?.stop(timeout: 0)
        task?.cancel()
    }

    /// Runs blocking work (a render waits for its worker threads) on a Dispatch thread, keeping Swift's few
    /// cooperative threads free to serve requests.
    private func offThePool(_ work: @escaping @Sendable () throws(SiteError) -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global().async {
                do throws(SiteError) {
                    try work()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Renders (incrementally), logs what ran and any problems, and tells pages that were written to reload.
    private func renderAndAnnounce(initial: Bool) throws(SiteError) {
        let report: SiteReport
        let start = ContinuousClock.now
        do {
            report = try site.render()
        } catch {
            if initial { throw error }  // the caller reports it and exits
            log(error.description)
            return
        }
        for lesson in report.lessons {
            switch lesson.status {
            case .rendered:
                if !initial { log("re-rendered \(lesson.path) (\(lesson.cells) cell\(lesson.cells == 1 ? "" : "s"))") }
                for diagnostic in lesson.diagnostics { log(diagnostic.formatted) }
            case .upToDate where initial:
                for diagnostic in lesson.diagnostics { log(diagnostic.formatted) }
            case .upToDate, .invalid:
                break
            }
        }
        for invalid in report.invalidLessons { log(invalid.report) }
        let elapsed = (ContinuousClock.now - start).components
        let counts = report.counts
        log(
            ProgressLine.summary(
                verb: "rendered", lessons: report.lessons.count,
                detail: "\(counts.rerun) re-run, \(counts.upToDate) up to date",
                cells: report.lessons.reduce(0) { $0 + $1.cells },
                failures: report.unexpectedFailures + report.invalidLessons.count + report.unwritablePages,
                seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18))
        events.reload(report.written.map { ($0 as NSString).lastPathComponent })
    }

    /// A file from the output folder (HTML with the reload script), the event stream, or an error status.
    static func respond(to request: HTTPRequest, root: String, events: ReloadEvents) async -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        let path = request.target.path(percentEncoded: true)
        if path == ReloadScript.eventsPath {
            return HTTPResponse(
                statusCode: .ok,
                headers: HTTPHeaders([.contentType: "text/event-stream", .cacheControl: "no-cache"]),
                body: HTTPBodySequence(from: EventStreamBody(events: events.subscribe())))
        }
        let plainText = HTTPHeaders([.contentType: "text/plain; charset=utf-8"])
        switch OutputPath.resolve(path, in: root) {
        case .failure(.forbidden):
            return HTTPResponse(statusCode: .forbidden, headers: plainText, body: Data("forbidden\n".utf8))
        case .failure(.notFound):
            return HTTPResponse(statusCode: .notFound, headers: plainText, body: Data("not found\n".utf8))
        case .success(let file):
            guard var data = FileManager.default.contents(atPath: file) else {
                return HTTPResponse(statusCode: .notFound, headers: plainText, body: Data("not found\n".utf8))
            }
            let type = OutputPath.contentType(of: file)
            if type.hasPrefix("text/html") {
                data = Data(ReloadScript.inject(into: String(decoding: data, as: UTF8.self)).utf8)
            }
            return HTTPResponse(
                statusCode: .ok, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]),
                body: request.method == .HEAD ? Data() : data)
        }
    }
}

extension PreviewSession {
    /// The words of a socket error without FlyingSocks' prefix: `Address already in use`.
    static func reason(_ error: any Error) -> String {
        if case SocketError.failed(_, _, let message) = error { return message }
        return error.localizedDescription
    }
}

/// The error that ended the server's run task, handed to the task that waits for it to listen.
private final class StartFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}

/// The preview could not start.
public struct PreviewError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// `error: message`.
    public var description: String { "error: " + message }
}
