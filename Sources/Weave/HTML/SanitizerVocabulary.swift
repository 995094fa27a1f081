import Foundation

/// The tags and attributes untrusted HTML and SVG may keep, and the rules for the values that could load or run
/// something (`href`, `src`, `style`, SVG paint).
///
/// Nothing here can run script (no `<script>`, no `on…` handler, no `javascript:` URL), load anything from
/// outside the page (no `http(s)` `src` or `href`, no `url(…)` or `@import` in a style, no `<iframe>`,
/// `<object>`, `<embed>`, `<link>`, `<form>`, `<style>`), or restyle the page around the output (no `<style>`,
/// no `position` in a style, no `id` outside SVG definitions).
enum SanitizerVocabulary {
    /// HTML elements kept (in lower case).
    static let htmlElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
        "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
        "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
        "tr", "u", "ul", "var", "wbr",
    ]

    /// HTML elements that have no end tag.
    static let voidElements: Set<String> = ["br", "col", "hr", "img", "wbr"]

    /// Attributes any kept HTML element may have.
    static let htmlAttributes: Set<String> = [
        "class", "title", "lang", "dir", "style", "align", "valign", "width", "height", "colspan", "rowspan",
        "scope", "abbr", "alt", "start", "reversed", "type", "open", "border", "cellpadding", "cellspacing",
        "datetime", "cite",
    ]

    /// SVG elements kept, by lower-case name, with their proper spelling.
    static let svgElements: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            "svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
            "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "marker", "pattern", "mask",
        ].map { ($0.lowercased(), $0) })

    /// SVG elements that may carry an `id`, so that paint and clips can refer to them.
    static let svgDefinitions: Set<String> = ["lineargradient", "radialgradient", "clippath", "marker", "pattern", "mask"]

    /// SVG attributes kept, by lower-case name, with their proper spelling.
    static let svgAttributes: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            "viewBox", "preserveAspectRatio", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
            "rx", "ry", "fx", "fy", "d", "points", "dx", "dy", "rotate", "transform", "fill", "fill-opacity",
            "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-dashoffset",
            "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "opacity", "font-family", "font-size",
            "font-weight", "font-style", "font-variant", "text-anchor", "dominant-baseline", "alignment-baseline",
            "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "textLength", "lengthAdjust",
            "class", "style", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform",
            "spreadMethod", "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "marker-start",
            "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
            "patternUnits", "patternTransform", "visibility", "display", "color", "vector-effect", "paint-order",
            "shape-rendering", "text-rendering", "role", "aria-label", "aria-hidden", "version",
        ].map { ($0.lowercased(), $0) })

    /// SVG attributes whose value may be `url(#id)`, a reference inside the same drawing.
    static let svgPaintAttributes: Set<String> = [
        "fill", "stroke", "clip-path", "mask", "marker-start", "marker-mid", "marker-end",
    ]

    /// Whether an `<a href>` may keep `value` (already decoded): only a link within the page, `#name`.
    static func allowsLink(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("#") && !trimmed.unicodeScalars.contains { $0.value < 0x20 || $0 == "\\" }
    }

    /// Whether an `<img src>` may keep `value` (already decoded): only a picture held in the page itself,
    /// `data:image/png;base64,…` (or gif, jpeg, webp).
    static func allowsImageSource(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        for kind in ["png", "gif", "jpeg", "webp"] {
            let prefix = "data:image/\(kind);base64,"
            guard trimmed.lowercased().hasPrefix(prefix) else { continue }
            return trimmed.unicodeScalars.dropFirst(prefix.unicodeScalars.count).allSatisfy { scalar in
                MarkupTokenizer.isLetter(scalar) || ("0"..."9").contains(scalar) || "+/= \n\r\t".unicodeScalars.contains(scalar)
            }
        }
        return false
    }

    /// Whether a `style` attribute may keep `value` (already decoded): no `url(…)`, `@import`, `expression`,
    /// escapes, comments, `javascript:` or `position`, which could load, run, hide or overlay something.
    static func allowsStyle(_ value: String) -> Bool {
        let lowered = value.lowercased()
        let forbidden = [
            "url(", "@import", "expression", "\\", "/*", "javascript:", "behavior", "-moz-binding", "image-set",
            "image(", "src(", "position", "<", ">",
        ]
        return !forbidden.contains { lowered.contains($0) }
    }

    /// Whether an SVG paint attribute may keep `value` (already decoded): anything without `url(`, or exactly
    /// `url(#name)` pointing inside the drawing.
    static func allowsPaint(_ value: String) -> Bool {
        let lowered = value.lowercased()
        guard lowered.contains("url(") else { return allowsStyle(value) }
        let trimmed = lowered.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("url(#"), trimmed.hasSuffix(")") else { return false }
        let name = trimmed.dropFirst(5).dropLast()
        return !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            MarkupTokenizer.isLetter(scalar) || ("0"..."9").contains(scalar) || "-_.:".unicodeScalars.contains(scalar)
        }
    }
}
