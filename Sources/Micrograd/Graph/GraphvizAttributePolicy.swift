/// Which Graphviz attributes a lesson may set: the one rule that the `graphviz` module applies when a lesson
/// calls `node`, `edge` or `attr`, and that Weave applies again to every DOT text before Graphviz lays it out.
///
/// A lesson's page is opened offline in a reader's browser, and Graphviz runs inside Gradbook; so nothing in a
/// graph may make Graphviz read a file, put a link or a script into the drawing, or lay out for hours:
/// - attributes that name files: `image`, `imagepath`, `shapefile`, `fontpath`, `stylesheet`;
/// - links, which the SVG drawing turns into `<a xlink:href=…>` (a `javascript:` link would run on the page):
///   `URL`, `href` and their `head`/`tail`/`label`/`edge` forms;
/// - a font name that is a path, or that holds quotes or markup (Graphviz 2.43 writes it into the SVG unescaped);
/// - in HTML-like labels, `<IMG>` (it reads an image file), `HREF`/`URL` attributes, a `FACE` with quotes or
///   markup, and tags nested deeper than `maximumHTMLDepth`;
/// - layout effort far beyond Graphviz's defaults (`mclimit`, `searchsize`, `maxiter`).
///
/// Attribute names are compared without regard to ASCII case: Graphviz ignores names it does not know, but
/// refusing `IMAGE` as well as `image` costs nothing.
public enum GraphvizAttributePolicy {
    /// How deeply the tags of an HTML-like label may nest (Graphviz lays them out recursively).
    public static let maximumHTMLDepth = 32

    /// Why setting `name` to `value` is refused, or nil when it is allowed. `isHTML` says whether the value is an
    /// HTML-like label (`<…>` in DOT, rather than a quoted string).
    ///
    /// The reason reads after "attribute 'name' is refused: ".
    public static func refusal(name: String, value: String, isHTML: Bool) -> String? {
        let key = asciiLowercased(name)
        if fileAttributes.contains(key) {
            return value.isEmpty ? nil : "it makes Graphviz read a file, and a lesson cannot read files"
        }
        if linkAttributes.contains(key) {
            return value.isEmpty ? nil : "it puts a link into the drawing, and a lesson's drawings hold no links"
        }
        if key.hasSuffix("fontname"), let reason = fontNameRefusal(value) { return reason }
        if let bound = effortBounds[key], let reason = effortRefusal(value, bound: bound) { return reason }
        if isHTML, let reason = HTMLLabelScan.refusal(value, maximumDepth: maximumHTMLDepth) { return reason }
        return nil
    }

    /// The full message for a refusal: `attribute 'image' is refused: it makes Graphviz read a file, …`.
    public static func message(name: String, reason: String) -> String {
        "attribute '\(name)' is refused: \(reason)"
    }

    /// Attributes whose value is a file or a folder Graphviz would read.
    static let fileAttributes: Set<String> = ["image", "imagepath", "shapefile", "fontpath", "stylesheet"]

    /// Attributes that become hyperlinks in SVG output.
    static let linkAttributes: Set<String> = [
        "url", "href", "headurl", "headhref", "tailurl", "tailhref", "labelurl", "labelhref", "edgeurl", "edgehref",
    ]

    /// Effort attributes and the largest value allowed (Graphviz's defaults are 1, 30 and at most a few hundred).
    static let effortBounds: [String: Double] = ["mclimit": 10, "searchsize": 1000, "maxiter": 10_000]

    /// Characters a font name may not hold: path separators, and what would break out of an SVG attribute.
    static let fontNameForbidden: Set<Unicode.Scalar> = ["/", "\\", "\"", "'", "<", ">", "&"]

    static func fontNameRefusal(_ value: String) -> String? {
        guard value.unicodeScalars.contains(where: fontNameForbidden.contains) else { return nil }
        return "a font is named, not given as a path, and its name holds none of / \\ \" ' < > &"
    }

    static func effortRefusal(_ value: String, bound: Double) -> String? {
        let trimmed = value.trimmingASCIISpaces()
        if let number = Double(trimmed), number.isFinite, number <= bound { return nil }
        if trimmed.isEmpty { return nil }
        return "values above \(Int(bound)) can keep Graphviz's layout running for hours"
    }

    /// `text` with ASCII capitals made small, as Graphviz's `strcasecmp` compares names.
    public static func asciiLowercased(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) {
                out.unicodeScalars.append(lower)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    /// The string without ASCII spaces, tabs and line breaks at either end.
    func trimmingASCIISpaces() -> String {
        let spaces: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r"]
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !spaces.contains($0) }),
            let last = scalars.lastIndex(where: { !spaces.contains($0) })
        else { return "" }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[first...last])
        return out
    }
}
