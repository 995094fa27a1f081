import Foundation

/// A heading of a Markdown text, for a page's table of contents.
public struct MarkdownHeading: Equatable, Sendable {
    /// 1 for `#`, up to 6.
    public var level: Int
    /// The heading's text without markup.
    public var text: String
    /// The line (from 1) in the parsed text.
    public var line: Int

    /// Makes a heading.
    public init(level: Int, text: String, line: Int) {
        self.level = level
        self.text = text
        self.line = line
    }

    /// A URL fragment made from `text`: lower-case letters and digits, other runs become one `-`. Accents are
    /// dropped first, so `"Réseaux"` gives `"reseaux"`, not `"r-seaux"`.
    /// `"The Neuron: forward & back"` → `"the-neuron-forward-back"`; an empty result becomes `"section"`.
    public static func slug(_ text: String) -> String {
        let words = slugWords(text)
        return words.isEmpty ? "section" : words
    }

    /// `slug` without the fallback: "" when `text` has no letter or digit that ASCII can spell.
    static func slugWords(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        for character in folded.lowercased() {
            if character.isLetter || character.isNumber, character.isASCII {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// Slugs for `headings` in order, made unique against `taken` and each other by `-2`, `-3`, ….
    public static func uniqueSlugs(for headings: [MarkdownHeading], taken: Set<String> = []) -> [String] {
        var used = taken
        return headings.map { heading in
            let base = slug(heading.text)
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
