import Foundation

/// Inline SVG fragments already laid out, keyed by the FNV-1a hash of their DOT text. Each entry keeps its DOT,
/// so two texts that share a hash (FNV-1a is no defence against a crafted one) never share a picture.
///
/// Graph layout is the slowest part of weaving; lessons redraw the same graph often (before and after
/// `backward()` the DOT differs, but re-renders of an unchanged lesson do not). One cache serves a whole site
/// render and may be shared between threads.
public final class GraphCache: @unchecked Sendable {
    private let lock = NSLock()
    private var fragments: [String: (dot: String, svg: Result<String, GraphvizError>)] = [:]
    private let layout: @Sendable (String, String) throws(GraphvizError) -> String
    private let key: @Sendable (String) -> String

    /// An empty cache that lays graphs out with Graphviz.
    public init() {
        layout = { dot, engine throws(GraphvizError) in
            SVGInlining.inline(try Graphviz.renderSVG(dot: dot, engine: engine))
        }
        key = Self.hashKey
    }

    /// An empty cache with another layout (so tests can see how a failing Graphviz shows on a page) and
    /// another key (so they can make two texts collide).
    init(
        layout: @escaping @Sendable (String) throws(GraphvizError) -> String,
        key: @escaping @Sendable (String) -> String = GraphCache.hashKey
    ) {
        self.layout = { dot, _ throws(GraphvizError) in try layout(dot) }
        self.key = key
    }

    /// The FNV-1a hash of the DOT and its length in bytes.
    static func hashKey(_ dot: String) -> String { FNV1a.hex(dot) + ":\(dot.utf8.count)" }

    /// The inline SVG for `dot` laid out by `engine`, laid out once per distinct DOT text and engine.
    public func svg(forDOT dot: String, engine: String = "dot") throws(GraphvizError) -> String {
        // The engine's name (which holds no line break) and a line break lead the text the entry keeps.
        let text = engine + "\n" + dot
        let key = self.key(text)
        let cached = lock.withLock { fragments[key] }
        if let cached, cached.dot == text { return try cached.svg.get() }
        let result: Result<String, GraphvizError>
        do {
            result = .success(try layout(dot, engine))
        } catch {
            result = .failure(error)
        }
        if cached == nil { lock.withLock { fragments[key] = (text, result) } }
        return try result.get()
    }

    /// How many distinct graphs have been laid out.
    public var count: Int { lock.withLock { fragments.count } }
}
