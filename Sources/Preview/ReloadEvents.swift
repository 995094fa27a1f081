import Foundation

/// The open pages' event streams: each subscriber gets every reload event until the preview stops.
///
/// Events are server-sent events (`text/event-stream`): a comment when a stream opens, so a client knows it is
/// subscribed, then one event per render that wrote pages, listing their file names.
public final class ReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0
    private var closed = false

    /// No subscribers yet.
    public init() {}

    /// A new stream, starting with `: connected`; it ends when the preview stops or the client goes.
    public func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        continuation.yield(Array(": connected\n\n".utf8))
        lock.lock()
        defer { lock.unlock() }
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in self?.drop(id) }
        return stream
    }

    /// How many streams are open.
    public var count: Int { lock.withLock { subscribers.count } }

    /// Tells every stream that `pages` (file names in the output folder) were written.
    public func reload(_ pages: [String]) {
        guard let event = Self.event(pages) else { return }
        let bytes = Array(event.utf8)
        lock.withLock { for continuation in subscribers.values { continuation.yield(bytes) } }
    }

    /// Ends every stream; later subscribers get a stream that ends at once.
    public func close() {
        let ending = lock.withLock {
            closed = true
            defer { subscribers = [:] }
            return Array(subscribers.values)
        }
        for continuation in ending { continuation.finish() }
    }

    /// `data: 04-a-neuron.html\ndata: index.html\n\n`, or nil for no pages. Line breaks in a name would end
    /// the field early, so they are dropped.
    static func event(_ pages: [String]) -> String? {
        let names = pages.map { $0.filter { $0 != "\n" && $0 != "\r" } }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return nil }
        return names.map { "data: \($0)\n" }.joined() + "\n"
    }

    private func drop(_ id: Int) {
        lock.withLock { subscribers[id] = nil }
    }
}
