/// HTML character references (`&amp;`, `&#60;`, `&#x3C;`) in untrusted markup.
///
/// The sanitizer writes text and attribute values afresh: a well-formed reference is kept as written (a browser
/// turns it into one character of text, which can never become markup), and any other `&` becomes `&amp;`.
/// To judge a URL or a style, the value is decoded first, so that `jav&#x61;script:` is seen as what it means;
/// a named reference other than the five XML ones is not decoded, and its value is then not trusted at all.
enum CharacterReferences {
    /// `text` ready for HTML element content or a double-quoted attribute: `<`, `>`, `"`, `'` escaped, well-formed
    /// references kept, any other `&` escaped.
    static func escaping(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "&":
                if let length = referenceLength(scalars, at: index) {
                    out.unicodeScalars.append(contentsOf: scalars[index..<index + length])
                    index += length
                    continue
                }
                out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return out
    }

    /// `text` with numeric references and `&amp; &lt; &gt; &quot; &apos;` decoded, or nil when it holds another
    /// named reference (whose meaning this does not know).
    static func decoded(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&", let length = referenceLength(scalars, at: index) else {
                out.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            let body = String(String.UnicodeScalarView(scalars[index + 1..<index + length - 1]))
            guard let scalar = meaning(of: body) else { return nil }
            out.unicodeScalars.append(scalar)
            index += length
        }
        return out
    }

    /// The five named references XML defines.
    static let basicNames: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    private static func meaning(of body: String) -> Unicode.Scalar? {
        if let basic = basicNames[body] { return basic }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
    }

    /// The length of a well-formed reference starting at `index` (`&name;`, `&#digits;`, `&#xhex;`, at most 32
    /// characters), or nil.
    static func referenceLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var end = index + 1
        let limit = min(scalars.count, index + 34)
        guard end < limit else { return nil }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func isHex(_ s: Unicode.Scalar) -> Bool { isDigit(s) || ("a"..."f").contains(s) || ("A"..."F").contains(s) }
        func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isDigit(s) || MarkupTokenizer.isLetter(s) }
        let accepts: (Unicode.Scalar) -> Bool
        if scalars[end] == "#" {
            end += 1
            if end < limit, scalars[end] == "x" || scalars[end] == "X" {
                end += 1
                accepts = isHex
            } else {
                accepts = isDigit
            }
        } else {
            guard MarkupTokenizer.isLetter(scalars[end]) else { return nil }
            accepts = isAlphanumeric
        }
        let first = end
        while end < limit, accepts(scalars[end]) { end += 1 }
        guard end > first, end < limit, scalars[end] == ";" else { return nil }
        return end - index + 1
    }
}
