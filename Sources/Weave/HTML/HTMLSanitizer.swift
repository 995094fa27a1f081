/// Makes untrusted HTML (and SVG) safe to put in a page: what a lesson displays with `HTML(…)`, `SVG(…)` or
/// `Markdown(…)`, unless its author trusts it (`trust_html: true`).
///
/// The markup is read into tokens and written afresh: only the tags and attributes of `SanitizerVocabulary` are
/// kept, with values that pass its rules; every text and value is escaped again; `<script>`, `<style>` and the
/// other raw-text elements are dropped with their content; an end tag closes only an element the fragment opened,
/// and every element still open at the end is closed, so the fragment cannot close or swallow the page around
/// it. Text inside dropped tags is kept, as text.
///
/// ```swift
/// HTMLSanitizer.sanitize(#"<b onclick="x()">hi</b><script>alert(1)</script>"#)   // <b>hi</b>
/// ```
public enum HTMLSanitizer {
    /// How deeply kept elements may nest; deeper tags are dropped (their text kept).
    public static let maximumDepth = 256

    /// The safe form of `markup`.
    public static func sanitize(_ markup: String) -> String {
        var writer = Writer()
        for token in MarkupTokenizer.tokens(of: markup) { writer.write(token) }
        return writer.finish()
    }

    /// The state of one sanitization: the output so far and the elements it has opened.
    struct Writer {
        var out = ""
        /// Open elements, innermost last: lower-case name, spelling, and whether it is SVG.
        var open: [(name: String, spelling: String, svg: Bool)] = []
        /// Whether the raw text that follows belongs to an element that was kept (an SVG `<title>`).
        var keepRawText = false

        var inSVG: Bool { open.last?.svg ?? false }

        mutating func write(_ token: MarkupToken) {
            switch token {
            case .text(let text):
                out += CharacterReferences.escaping(text)
            case .rawText(let text):
                if keepRawText { out += CharacterReferences.escaping(text) }
                keepRawText = false
            case .startTag(let name, let attributes, let selfClosing):
                keepRawText = start(name, attributes, selfClosing: selfClosing)
            case .endTag(let name):
                close(name)
            case .other:
                break
            }
        }

        /// Writes a start tag if it is kept; returns whether the raw text after it (if any) is kept too.
        mutating func start(_ name: String, _ attributes: [MarkupAttribute], selfClosing: Bool) -> Bool {
            let svg = inSVG || name == "svg"
            let spelling = svg ? SanitizerVocabulary.svgElements[name] : (SanitizerVocabulary.htmlElements.contains(name) ? name : nil)
            guard let spelling, open.count < HTMLSanitizer.maximumDepth else { return false }
            out += "<" + spelling
            var seen: Set<String> = []
            for attribute in attributes where seen.insert(attribute.name).inserted {
                guard let kept = Self.kept(attribute, element: name, svg: svg) else { continue }
                out += " " + kept.name
                if let value = kept.value { out += "=\"" + CharacterReferences.escaping(value) + "\"" }
            }
            let isVoid = svg ? selfClosing : SanitizerVocabulary.voidElements.contains(name)
            out += isVoid && svg ? "/>" : ">"
            if !isVoid { open.append((name, spelling, svg)) }
            return !isVoid && MarkupTokenizer.rawTextElements.contains(name)
        }

        /// Closes `name` and everything opened inside it, if the fragment opened it.
        mutating func close(_ name: String) {
            guard let index = open.lastIndex(where: { $0.name == name }) else { return }
            while open.count > index {
                let element = open.removeLast()
                out += "</" + element.spelling + ">"
            }
        }

        /// The output with every open element closed.
        mutating func finish() -> String {
            while let element = open.popLast() { out += "</" + element.spelling + ">" }
            return out
        }

        /// The attribute as it is written out (proper spelling, value as written), or nil when it is dropped.
        static func kept(_ attribute: MarkupAttribute, element: String, svg: Bool) -> (name: String, value: String?)? {
            let name = attribute.name
            let value = attribute.value ?? ""
            if name.hasPrefix("on") { return nil }
            let meaning = CharacterReferences.decoded(value)
            if svg {
                if name == "id" {
                    guard SanitizerVocabulary.svgDefinitions.contains(element), let meaning,
                        SanitizerVocabulary.allowsPaint("url(#\(meaning))")
                    else { return nil }
                    return (name, value)
                }
                guard let spelling = SanitizerVocabulary.svgAttributes[name] else { return nil }
                if SanitizerVocabulary.svgPaintAttributes.contains(name) || name == "style" {
                    guard let meaning, SanitizerVocabulary.allowsPaint(meaning) else { return nil }
                }
                return (spelling, attribute.value)
            }
            switch name {
            case "href":
                guard element == "a", let meaning, SanitizerVocabulary.allowsLink(meaning) else { return nil }
            case "src":
                guard element == "img", let meaning, SanitizerVocabulary.allowsImageSource(meaning) else { return nil }
            case "style":
                guard let meaning, SanitizerVocabulary.allowsStyle(meaning) else { return nil }
            default:
                guard SanitizerVocabulary.htmlAttributes.contains(name) else { return nil }
            }
            return (name, attribute.value)
        }
    }
}
