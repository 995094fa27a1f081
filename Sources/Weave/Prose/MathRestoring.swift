/// Puts rendered math back where `MathProtection` left placeholders in cmark's HTML.
///
/// In text, a placeholder becomes its MathML. Inside a tag (a link's `href`, an image's `alt`, an attribute of
/// the author's raw HTML) it becomes the TeX as written, escaped, because markup there would break the tag.
/// Inline math glued to the characters beside it (`($x$)`, `$d$;`) is wrapped in a `math-nowrap` span, so a
/// line never breaks between a formula and its punctuation.
struct MathRestoring {
    let spans: [MathSpan]
    let rendered: [String]

    /// `html` with every placeholder replaced.
    func restore(in html: String) -> String {
        let characters = Array(html)
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var index = 0
        var inTag = false
        var quote: Character?
        while index < characters.count {
            let character = characters[index]
            if let (span, end) = placeholder(at: index, in: characters) {
                if inTag {
                    out += HTMLEscaping.text(source(of: span))
                    index = end
                } else {
                    index = insert(span, after: end, in: characters, into: &out)
                }
                continue
            }
            if inTag {
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    inTag = false
                }
            } else if character == "<" {
                inTag = true
            }
            out.append(character)
            index += 1
        }
        return out
    }

    /// Appends span `index`'s math, glued to the non-space characters around it, and returns where to go on.
    private func insert(_ index: Int, after end: Int, in characters: [Character], into out: inout String) -> Int {
        let math = index < rendered.count ? rendered[index] : HTMLEscaping.text(source(of: index))
        guard !spans[index].display else {
            out += math
            return end
        }
        var suffixEnd = end
        while suffixEnd < characters.count, Self.isGlue(characters[suffixEnd]),
            placeholder(at: suffixEnd, in: characters) == nil
        {
            suffixEnd += 1
        }
        var prefix = ""
        while let last = out.last, Self.isGlue(last) { prefix.insert(out.removeLast(), at: prefix.startIndex) }
        guard !prefix.isEmpty || suffixEnd > end else {
            out += prefix + math
            return end
        }
        out += "<span class=\"math-nowrap\">" + prefix + math + String(characters[end..<suffixEnd]) + "</span>"
        return suffixEnd
    }

    /// Characters that belong to the same word as the math beside them: not space, and not part of a tag.
    private static func isGlue(_ character: Character) -> Bool {
        !character.isWhitespace && character != "<" && character != ">"
    }

    /// The span whose placeholder (`gbmath<digits>q7z`) starts at `start`, and the index just after it.
    private func placeholder(at start: Int, in characters: [Character]) -> (Int, Int)? {
        guard characters[start] == "g", matches("gbmath", at: start, in: characters) else { return nil }
        var position = start + 6
        var number = 0
        let digitsStart = position
        while position < characters.count, position - digitsStart < 9, characters[position].isASCII,
            let digit = characters[position].wholeNumberValue
        {
            number = number * 10 + digit
            position += 1
        }
        guard position > digitsStart, matches("q7z", at: position, in: characters), number < spans.count else {
            return nil
        }
        return (number, position + 3)
    }

    private func matches(_ word: String, at start: Int, in characters: [Character]) -> Bool {
        var position = start
        for letter in word {
            guard position < characters.count, characters[position] == letter else { return false }
            position += 1
        }
        return true
    }

    /// The math as the author wrote it, dollars included.
    private func source(of index: Int) -> String {
        let span = spans[index]
        let dollars = span.display ? "$$" : "$"
        return dollars + span.tex + dollars
    }
}
