/// One piece of HTML or SVG as `MarkupTokenizer` reads it.
enum MarkupToken: Equatable {
    /// Text between tags, as written (character references not decoded).
    case text(String)
    /// `<name a="v" b>`: the name in lower case, attributes in order (their names in lower case, values as
    /// written between the quotes, nil for a bare attribute), and whether it ended with `/>`.
    case startTag(name: String, attributes: [MarkupAttribute], selfClosing: Bool)
    /// `</name>`, the name in lower case.
    case endTag(name: String)
    /// Anything else between `<` and `>`: a comment, a doctype, a processing instruction, CDATA. Never kept.
    case other
    /// The text inside `<script>`, `<style>` and the other elements whose content is not markup. Never kept.
    case rawText(String)
}

/// An attribute of a start tag.
struct MarkupAttribute: Equatable {
    /// The name in lower case.
    var name: String
    /// The value as written (character references not decoded), or nil when the attribute had none.
    var value: String?
}
