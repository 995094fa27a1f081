import Cgraphviz
import Foundation
import Micrograd

/// The only door to Graphviz's C library: DOT text in, SVG text out.
///
/// Graphviz keeps global state (its error channel, its plugin tables), so every call goes through one lock and
/// one long-lived context. Its messages never reach stderr: a capturing error function collects them while the
/// lock is held, and a failure comes back as a `GraphvizError` carrying what Graphviz said.
///
/// Every DOT text passes one filter before layout, whoever wrote it (`draw_dot`, or a lesson's own
/// `graphviz.Digraph`): its nesting is bounded (`DOTNesting`), then Graphviz's own parser reads it and every
/// attribute value of the graph, its subgraphs, nodes and edges, and every declared default, must pass
/// `GraphvizAttributePolicy` (nothing that reads a file, links, or runs layout for hours). The SVG that comes
/// out is checked once more (`GraphvizSVGCheck`).
public enum Graphviz {
    /// The layout engines a graph may ask for (the Python package's `ENGINES`).
    public static let engines: Set<String> = ["circo", "dot", "fdp", "neato", "osage", "patchwork", "sfdp", "twopi"]

    /// Lays out `dot` with `engine` and renders it as SVG (the raw document, prolog included).
    ///
    /// Thread-safe; calls are serialised. Throws when the DOT does not parse or is refused by the filter, or
    /// layout or rendering fails.
    public static func renderSVG(dot: String, engine: String = "dot") throws(GraphvizError) -> String {
        guard engines.contains(engine) else { throw GraphvizError(message: "unknown layout engine '\(engine)'") }
        let svg: String
        do {
            lock.lock()
            defer { lock.unlock() }
            svg = try renderLocked(dot: dot, engine: engine)
        }
        if let problem = GraphvizSVGCheck.problem(in: svg) { throw GraphvizError(message: "refused: " + problem) }
        return svg
    }

    /// How many nodes and edges `dot` has, read and filtered as for drawing but not laid out, so that a graph
    /// too big to draw is known before its layout starts.
    public static func measure(dot: String) throws(GraphvizError) -> GraphMeasure {
        lock.lock()
        defer { lock.unlock() }
        let graph = try parseLocked(dot: dot)
        defer { agclose(graph) }
        return GraphMeasure(nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph)))
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

    private static func renderLocked(dot: String, engine: String) throws(GraphvizError) -> String {
        let graph = try parseLocked(dot: dot)
        defer { agclose(graph) }
        guard let gvc = sharedContext() else { throw GraphvizError(message: "Graphviz could not start") }
        guard gvLayout(gvc, graph, engine) == 0 else {
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

    /// Reads `dot` with Graphviz's parser and passes it through the attribute filter; the caller closes the
    /// graph. Only called while `lock` is held.
    private static func parseLocked(dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        if let problem = DOTNesting.problem(in: dot) { throw GraphvizError(message: "refused: " + problem) }
        captured = ""
        _ = agseterrf { message in
            if let message { Graphviz.captured += String(cString: message) }
            return 0
        }
        _ = agseterr(AGWARN)
        guard sharedContext() != nil else { throw GraphvizError(message: "Graphviz could not start") }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError(message: failureText(default: "the graph description does not parse"))
        }
        if let refusal = GraphvizWalk.refusal(in: graph) {
            agclose(graph)
            throw GraphvizError(message: refusal)
        }
        return graph
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

/// The size of a graph as Graphviz read it.
public struct GraphMeasure: Equatable, Sendable {
    /// Distinct nodes.
    public var nodes: Int
    /// Edges.
    public var edges: Int
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

/// Walks a parsed graph for `GraphvizAttributePolicy`: the declared defaults, then every value of the root
/// graph and its subgraphs, of every node (whose name is checked too when it is an HTML string) and edge. Part
/// of the Graphviz door: only called while its lock is held.
private enum GraphvizWalk {
    /// The first refusal, as a message naming the attribute, or nil.
    static func refusal(in graph: UnsafeMutablePointer<Agraph_t>) -> String? {
        let graphSymbols = symbols(graph, kind: AGRAPH)
        let nodeSymbols = symbols(graph, kind: AGNODE)
        let edgeSymbols = symbols(graph, kind: AGOUTEDGE)
        for symbol in graphSymbols + nodeSymbols + edgeSymbols {
            if let refusal = check(name: symbol.name, value: symbol.pointee.defval) { return refusal }
        }
        var pending = [graph]
        while let current = pending.popLast() {
            if let refusal = check(object: UnsafeMutableRawPointer(current), graphSymbols) { return refusal }
            var subgraph = agfstsubg(current)
            while let found = subgraph {
                pending.append(found)
                subgraph = agnxtsubg(found)
            }
        }
        var node = agfstnode(graph)
        while let current = node {
            if let name = agnameof(UnsafeMutableRawPointer(current)), aghtmlstr(name) != 0,
                let refusal = check(name: "name", value: name)
            {
                return refusal
            }
            if let refusal = check(object: UnsafeMutableRawPointer(current), nodeSymbols) { return refusal }
            var edge = agfstout(graph, current)
            while let found = edge {
                if let refusal = check(object: UnsafeMutableRawPointer(found), edgeSymbols) { return refusal }
                edge = agnxtout(graph, found)
            }
            node = agnxtnode(graph, current)
        }
        return nil
    }

    /// The attributes declared for objects of `kind` (`AGRAPH`, `AGNODE`, `AGOUTEDGE`).
    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
        var out: [UnsafeMutablePointer<Agsym_t>] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let found = symbol {
            out.append(found)
            symbol = agnxtattr(graph, kind, found)
        }
        return out
    }

    private static func check(object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>]) -> String? {
        for symbol in symbols {
            if let refusal = check(name: symbol.name, value: agxget(object, symbol)) { return refusal }
        }
        return nil
    }

    private static func check(name: String, value: UnsafeMutablePointer<CChar>?) -> String? {
        guard let value else { return nil }
        let text = String(cString: value)
        guard let reason = GraphvizAttributePolicy.refusal(name: name, value: text, isHTML: aghtmlstr(value) != 0)
        else { return nil }
        return "refused: " + GraphvizAttributePolicy.message(name: name, reason: reason)
    }
}

extension UnsafeMutablePointer where Pointee == Agsym_t {
    /// The attribute's name.
    fileprivate var name: String { pointee.name.map { String(cString: $0) } ?? "" }
}
