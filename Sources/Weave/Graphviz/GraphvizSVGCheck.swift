/// The last look at a drawing before it joins a page: Graphviz's SVG may hold only the elements it draws graphs
/// with and no attribute that runs script or links anywhere.
///
/// The attribute filter (`GraphvizAttributePolicy`) should already have refused whatever would put such things
/// there; this catches what it did not foresee. Graphviz 2.43, for one, writes a font name into `font-family`
/// unescaped, so a quote in it would have started an attribute of its own.
enum GraphvizSVGCheck {
    /// The elements Graphviz's SVG renderer writes for graphs without images.
    static let elements: Set<String> = [
        "svg", "g", "title", "polygon", "polyline", "path", "ellipse", "text", "a", "defs", "lineargradient",
        "radialgradient", "stop",
    ]

    /// Why `svg` cannot be shown, or nil when it can.
    static func problem(in svg: String) -> String? {
        for token in MarkupTokenizer.tokens(of: svg) {
            guard case .startTag(let name, let attributes, _) = token else { continue }
            guard elements.contains(name) else { return "the drawing holds a <\(name)> element" }
            for attribute in attributes {
                let attributeName = attribute.name
                if attributeName.hasPrefix("on") || attributeName.hasSuffix("href") || attributeName == "style"
                    || attributeName.hasPrefix("xml:") && attributeName != "xml:space"
                {
                    return "the drawing holds a \(attributeName) attribute"
                }
            }
        }
        return nil
    }
}
