import Foundation

/// A raw-socket HTTP client for tests: it sends exactly the request line it is given (a `URLSession` would
/// normalise `/../x` before sending), and reads with a timeout so a broken server fails the test, not hangs it.
final class HTTPProbe: @unchecked Sendable {
    private let socket: Int32

    /// Connects to 127.0.0.1:`port`; every read gives up after `timeout` seconds.
    init(port: UInt16, timeout: Int = 20) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ProbeError("socket() failed") }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw ProbeError("cannot connect to 127.0.0.1:\(port)")
        }
    }

    deinit { close(socket) }

    /// Runs blocking socket work on a Dispatch thread: blocking one of Swift's few cooperative threads could
    /// starve the server under test, which runs on them.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Sends `GET target` and reads the whole response (the server closes after it).
    static func get(_ target: String, port: UInt16) async throws -> (status: Int, head: String, body: String) {
        try await blocking { try getBlocking(target, port: port) }
    }

    private static func getBlocking(_ target: String, port: UInt16) throws -> (status: Int, head: String, body: String) {
        let probe = try HTTPProbe(port: port)
        try probe.send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let text = probe.readAll()
        guard let split = text.range(of: "\r\n\r\n") else { throw ProbeError("no response head in \(text.debugDescription)") }
        let head = String(text[..<split.lowerBound])
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, head, String(text[split.upperBound...]))
    }

    /// Writes `text`.
    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard write(socket, bytes, bytes.count) == bytes.count else { throw ProbeError("write failed") }
    }

    /// Reads until the server closes or a read times out.
    func readAll() -> String {
        var received: [UInt8] = []
        while let chunk = readChunk() { received += chunk }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads until what arrived contains `marker`, or gives up (closed, timed out) and returns what came.
    func read(until marker: String) -> String {
        var received: [UInt8] = []
        while !String(decoding: received, as: UTF8.self).contains(marker), let chunk = readChunk() { received += chunk }
        return String(decoding: received, as: UTF8.self)
    }

    private func readChunk() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(socket, &buffer, buffer.count, 0)
        return count > 0 ? Array(buffer[..<count]) : nil
    }
}

struct ProbeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
