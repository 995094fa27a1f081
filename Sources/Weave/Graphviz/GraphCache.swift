import Foundation

/// Inline SVG fragments already laid out, keyed by the FNV-1a hash of their DOT text.
///
/// Graph layout is the slowest part of weaving; lessons redraw the same graph often (before and after
/// `backward()` the DOT differs, but re-renders of an unchanged lesson do not). One cache serves a whole site
/// render and may be shared between threads.
public final class GraphCache: @unchecked Sendable {
    private let lock = NSLock()
    private var fragments: [String: Result<String, GraphvizError>] = [:]
    private let layout: @Sendable (String) throws(GraphvizError) -> String

    /// An empty cache that lays graphs out with Graphviz.
    public init() {
        layout = { dot throws(GraphvizError) in SVGInlining.inline(try Graphviz.renderSVG(dot: dot)) }
    }

    /// An empty cache with another layout, so tests can see how a failing Graphviz shows on a page.
    init(layout: @escaping @Sendable (String) throws(GraphvizError) -> String) {
        self.layout = layout
    }

    /// The inline SVG for `dot`, laid out once per distinct DOT text.
    public func svg(forDOT dot: String) throws(GraphvizError) -> String {
        let key = FNV1a.hex(dot) + ":\(dot.utf8.count)"
        if let cached = lock.withLock({ fragments[key] }) { return try cached.get() }
        let result: Result<String, GraphvizError>
        do {
            result = .success(try layout(dot))
        } catch {
            result = .failure(error)
        }
        lock.withLock { fragments[key] = result }
        return try result.get()
    }

    /// How many distinct graphs have been laid out.
    public var count: Int { lock.withLock { fragments.count } }
}
