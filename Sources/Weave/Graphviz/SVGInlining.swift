/// Turns the SVG document Graphviz writes into a fragment that sits inside an HTML page.
///
/// Graphviz starts with an XML prolog, a DOCTYPE and comments, names the root `width`/`height` in points, and
/// gives every group an `id` (`graph0`, `node1`), which would collide when a page holds several graphs. The
/// fragment keeps the `viewBox`, drops the fixed size for a fluid one (see `fluidStyle`), loses the ids and the
/// namespace URLs (HTML does not need them), and is classed `graphviz` so the page's CSS can theme it.
public enum SVGInlining {
    /// The inlinable `<svg …>…</svg>` fragment of a Graphviz SVG document.
    public static func inline(_ document: String) -> String {
        guard let start = document.range(of: "<svg") else { return "" }
        var body = removingComments(String(document[start.lowerBound...]))
        if let end = body.range(of: "</svg>", options: .backwards) {
            body = String(body[..<end.upperBound])
        }
        guard let rootEnd = body.firstIndex(of: ">") else { return "" }
        let rootTag = String(body[body.startIndex..<rootEnd])
        let rest = removingAnonymousTitle(removingIDs(String(body[body.index(after: rootEnd)...])))
        return rewrittenRoot(rootTag) + ">" + rest
    }

    /// Graphviz names an anonymous graph `%N`, counting the graphs the process has read, so the same graph
    /// drawn later in a run gets another name (`%3`, then `%11`): removed, or a page's bytes would depend on
    /// what else was drawn before it. As a tooltip over the whole picture it meant nothing anyway.
    static func removingAnonymousTitle(_ body: String) -> String {
        guard let open = body.range(of: "<title>%"), let close = body.range(of: "</title>\n", range: open.upperBound..<body.endIndex),
            !body[open.upperBound..<close.lowerBound].isEmpty,
            body[open.upperBound..<close.lowerBound].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return body }
        return String(body[..<open.lowerBound] + body[close.upperBound...])
    }

    /// The root tag with `viewBox` kept, a fluid size, and no namespace URLs.
    static func rewrittenRoot(_ tag: String) -> String {
        let width = points(attribute("width", in: tag))
        let viewBox = attribute("viewBox", in: tag) ?? ""
        var root = "<svg class=\"graphviz\""
        if !viewBox.isEmpty { root += " viewBox=\"\(viewBox)\"" }
        if let width { root += " style=\"\(fluidStyle(widthInPoints: width))\"" }
        root += " role=\"img\""
        return root
    }

    /// Fills the column up to the graph's natural size, and shrinks by at most 40 % before its cell scrolls
    /// sideways: a wide graph stays legible on a phone instead of becoming a thumbnail.
    static func fluidStyle(widthInPoints width: Double) -> String {
        let natural = Int(width.rounded(.up))
        let smallest = Int((width * 0.6).rounded(.up))
        return "width:100%;height:auto;max-width:\(natural)pt;min-width:\(smallest)pt"
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") ?? tag.range(of: "\n\(name)=\"") else { return nil }
        let valueStart = range.upperBound
        guard let close = tag[valueStart...].firstIndex(of: "\"") else { return nil }
        return String(tag[valueStart..<close])
    }

    static func points(_ value: String?) -> Double? {
        guard var value else { return nil }
        if value.hasSuffix("pt") { value.removeLast(2) }
        return Double(value)
    }

    static func removingComments(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// Drops ` id="…"` attributes; Graphviz's SVG never refers to them.
    static func removingIDs(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: " id=\"") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "\"") else { return out + rest }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
