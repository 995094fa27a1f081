import Cgraphviz
import Foundation

/// The only door to Graphviz's C library: DOT text in, SVG text out.
///
/// Graphviz keeps global state (its error channel, its plugin tables), so every call goes through one lock and
/// one long-lived context. Its messages never reach stderr: a capturing error function collects them while the
/// lock is held, and a failure comes back as a `GraphvizError` carrying what Graphviz said.
public enum Graphviz {
    /// Lays out `dot` with the `dot` engine and renders it as SVG (the raw document, prolog included).
    ///
    /// Thread-safe; calls are serialised. Throws when the DOT does not parse, or layout or rendering fails.
    public static func renderSVG(dot: String) throws(GraphvizError) -> String {
        lock.lock()
        defer { lock.unlock() }
        return try renderLocked(dot: dot)
    }

    /// The linked Graphviz's version (`2.42.2`), or `unknown`: an incremental render re-weaves pages when it
    /// changes, since another Graphviz may lay out the same graph differently.
    public static var version: String {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = sharedContext(), let text = gvcVersion(gvc) else { return "unknown" }
        return String(cString: text)
    }

    private static let lock = NSLock()

    /// The Graphviz context, made on first use and kept: creating one loads every plugin.
    /// Only touched while `lock` is held.
    nonisolated(unsafe) private static var context: OpaquePointer?

    /// Messages Graphviz reported during the current call. Only touched while `lock` is held.
    nonisolated(unsafe) private static var captured = ""

    private static func renderLocked(dot: String) throws(GraphvizError) -> String {
        captured = ""
        _ = agseterrf { message in
            if let message { Graphviz.captured += String(cString: message) }
            return 0
        }
        _ = agseterr(AGWARN)
        guard let gvc = sharedContext() else { throw GraphvizError(message: "Graphviz could not start") }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError(message: failureText(default: "the graph description does not parse"))
        }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, "dot") == 0 else {
            throw GraphvizError(message: failureText(default: "layout failed"))
        }
        defer { gvFreeLayout(gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, "svg", &buffer, &length) == 0, let buffer else {
            throw GraphvizError(message: failureText(default: "SVG rendering failed"))
        }
        defer { gvFreeRenderData(buffer) }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(length))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func sharedContext() -> OpaquePointer? {
        if context == nil { context = gvContext() }
        return context
    }

    /// Graphviz's own words when it gave any, else a fallback; trimmed to one tidy message.
    private static func failureText(default fallback: String) -> String {
        let lines = captured.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != "Error:" && $0 != "Warning:" }
        let said = lines.joined(separator: " ")
        return said.isEmpty ? fallback : said
    }
}

/// Graphviz refused a graph; `message` is what it said (or a plain description when it said nothing).
public struct GraphvizError: Error, Equatable, Sendable {
    /// One line suitable for a cell's error output.
    public var message: String

    /// Makes an error.
    public init(message: String) {
        self.message = message
    }
}
