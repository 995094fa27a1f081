/// Splits untrusted HTML (or SVG) into tokens for `HTMLSanitizer`, the way a browser's tokenizer broadly does.
///
/// It need not agree with a browser on every malformed input: the sanitizer writes its output afresh from the
/// tokens (known tags and attributes only, every value and text re-escaped, every element closed), so whatever
/// this reads, the browser reads the sanitizer's output the same way. What it must get right is where the
/// content of `<script>`, `<style>` and their kind ends, so that none of it is mistaken for text: that content is
/// read up to the first `</name` in any case, as browsers do.
struct MarkupTokenizer {
    /// Elements whose content is raw text, ended only by their end tag.
    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ]

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ markup: String) {
        scalars = Array(markup.unicodeScalars)
    }

    /// All the tokens of the markup, in order.
    static func tokens(of markup: String) -> [MarkupToken] {
        var tokenizer = MarkupTokenizer(markup)
        var out: [MarkupToken] = []
        while let token = tokenizer.next() {
            out.append(token)
            if case .startTag(let name, _, let selfClosing) = token, !selfClosing, rawTextElements.contains(name) {
                out.append(.rawText(tokenizer.rawText(until: name)))
            }
        }
        return out
    }

    /// The next token, or nil at the end.
    mutating func next() -> MarkupToken? {
        guard position < scalars.count else { return nil }
        if scalars[position] == "<", let tag = tag() { return tag }
        var text = ""
        repeat {
            text.unicodeScalars.append(scalars[position])
            position += 1
        } while position < scalars.count && scalars[position] != "<"
        return .text(text)
    }

    /// The content of a raw-text element up to (not including) `</name`, which is then read as its end tag.
    mutating func rawText(until name: String) -> String {
        let closing = Array(("</" + name).unicodeScalars)
        var text = ""
        while position < scalars.count {
            if scalars[position] == "<", matches(closing, at: position) { break }
            text.unicodeScalars.append(scalars[position])
            position += 1
        }
        return text
    }

    /// A tag, comment or declaration starting at `position` (which holds `<`), or nil when the `<` is text.
    private mutating func tag() -> MarkupToken? {
        let start = position
        guard start + 1 < scalars.count else { return nil }
        let second = scalars[start + 1]
        if second == "!" || second == "?" {
            let comment = matches(Array("<!--".unicodeScalars), at: start)
            position = start + 2
            skip(past: comment ? "-->" : ">")
            return .other
        }
        if second == "/" {
            guard start + 2 < scalars.count, Self.isLetter(scalars[start + 2]) else {
                position = start + 2
                skip(past: ">")
                return .other
            }
            position = start + 2
            let name = readName()
            skip(past: ">")
            return .endTag(name: name)
        }
        guard Self.isLetter(second) else { return nil }
        position = start + 1
        let name = readName()
        var attributes: [MarkupAttribute] = []
        var selfClosing = false
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == ">" {
                position += 1
                break
            }
            if Self.isSpace(scalar) {
                position += 1
                continue
            }
            if scalar == "/" {
                position += 1
                selfClosing = position < scalars.count && scalars[position] == ">"
                continue
            }
            selfClosing = false
            attributes.append(readAttribute())
        }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private mutating func readName() -> String {
        var name = ""
        while position < scalars.count {
            let scalar = scalars[position]
            if Self.isSpace(scalar) || scalar == "/" || scalar == ">" { break }
            name.unicodeScalars.append(Self.lowercased(scalar))
            position += 1
        }
        return name
    }

    private mutating func readAttribute() -> MarkupAttribute {
        var name = ""
        repeat {
            name.unicodeScalars.append(Self.lowercased(scalars[position]))
            position += 1
        } while position < scalars.count && !Self.isSpace(scalars[position]) && !"/>=".unicodeScalars.contains(scalars[position])
        skipSpaces()
        guard position < scalars.count, scalars[position] == "=" else { return MarkupAttribute(name: name, value: nil) }
        position += 1
        skipSpaces()
        var value = ""
        if position < scalars.count, scalars[position] == "\"" || scalars[position] == "'" {
            let quote = scalars[position]
            position += 1
            while position < scalars.count, scalars[position] != quote {
                value.unicodeScalars.append(scalars[position])
                position += 1
            }
            position += 1
        } else {
            while position < scalars.count, !Self.isSpace(scalars[position]), scalars[position] != ">" {
                value.unicodeScalars.append(scalars[position])
                position += 1
            }
        }
        return MarkupAttribute(name: name, value: value)
    }

    private mutating func skipSpaces() {
        while position < scalars.count, Self.isSpace(scalars[position]) { position += 1 }
    }

    /// Moves past the next `end`, or to the end of the text when there is none.
    private mutating func skip(past end: String) {
        let pattern = Array(end.unicodeScalars)
        while position < scalars.count {
            if matches(pattern, at: position) {
                position += pattern.count
                return
            }
            position += 1
        }
    }

    /// Whether `pattern` (compared without regard to ASCII case) starts at `index`.
    private func matches(_ pattern: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + pattern.count <= scalars.count else { return false }
        for offset in pattern.indices where Self.lowercased(scalars[index + offset]) != pattern[offset] {
            return false
        }
        return true
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) else { return scalar }
        return lower
    }
}
