/// The Python `graphviz` package's quoting (`graphviz.quoting`, version 0.20.3), rule for rule, so that a
/// lesson's `dot.source` is byte for byte what the package writes.
///
/// - An HTML-like string (`<` … `>`) is kept as it is.
/// - A valid DOT ID (an ASCII name, or a number like `-4.2` or `.42`) that is not a keyword is kept as it is.
/// - Anything else is double-quoted, and each `"` is escaped once: `\"` stays `\"`, `\\"` becomes `\\\"`.
///
/// The package's regular expressions end in `$`, which in Python also matches before one final newline; the
/// rules below keep that quirk (`"abc\n"` is a valid ID there).
enum DOTQuoting {
    /// The words DOT reserves (compared in lower case).
    static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// `quote(identifier)`.
    static func quote(_ identifier: String) -> String {
        if isHTML(identifier) { return identifier }
        if !isValidID(identifier) || keywords.contains(identifier.lowercased()) {
            return "\"" + escapingUnescapedQuotes(identifier) + "\""
        }
        return identifier
    }

    /// `quote_edge(identifier)`: `node[:port[:compass]]`, node and port quoted, the compass point left as it is.
    static func quoteEdge(_ identifier: String) -> String {
        let (node, rest) = partition(identifier)
        var parts = [quote(node)]
        if let rest {
            let (port, compass) = partition(rest)
            parts.append(quote(port))
            if let compass, !compass.isEmpty { parts.append(compass) }
        }
        return parts.joined(separator: ":")
    }

    /// Python's `s.partition(':')`: the part before the first colon, and the part after it when there is one
    /// that is not empty (the package only looks at a non-empty rest).
    private static func partition(_ text: String) -> (String, String?) {
        guard let colon = text.unicodeScalars.firstIndex(of: ":") else { return (text, nil) }
        let before = String(text.unicodeScalars[..<colon])
        let after = String(text.unicodeScalars[text.unicodeScalars.index(after: colon)...])
        return (before, after.isEmpty ? nil : after)
    }

    /// `HTML_STRING.match`: `<.*>$` with DOTALL, anchored at the start.
    static func isHTML(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "<" else { return false }
        if scalars.count >= 2, scalars[scalars.count - 1] == ">" { return true }
        return scalars.count >= 3 && scalars[scalars.count - 1] == "\n" && scalars[scalars.count - 2] == ">"
    }

    /// `ID.match`: `([a-zA-Z_][a-zA-Z0-9_]*|-?(\.[0-9]+|[0-9]+(\.[0-9]*)?))$`.
    static func isValidID(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        if matchesID(scalars[...]) { return true }
        return scalars.last == "\n" && matchesID(scalars.dropLast())
    }

    private static func matchesID(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first else { return false }
        func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_" }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        if isLetter(first) { return scalars.allSatisfy { isLetter($0) || isDigit($0) } }
        var rest = scalars
        if rest.first == "-" { rest = rest.dropFirst() }
        if rest.first == "." {
            let digits = rest.dropFirst()
            return !digits.isEmpty && digits.allSatisfy(isDigit)
        }
        let whole = rest.prefix(while: isDigit)
        guard !whole.isEmpty else { return false }
        let fraction = rest.dropFirst(whole.count)
        guard let point = fraction.first else { return true }
        return point == "." && fraction.dropFirst().allSatisfy(isDigit)
    }

    /// `ESCAPE_UNESCAPED_QUOTES`: a run of backslashes before a quote keeps its pairs, loses an odd one, and the
    /// quote gets exactly one backslash.
    static func escapingUnescapedQuotes(_ text: String) -> String {
        var out = ""
        var backslashes = 0
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                backslashes += 1
                continue
            }
            if scalar == "\"" {
                out += String(repeating: "\\", count: backslashes - backslashes % 2) + "\\\""
            } else {
                out += String(repeating: "\\", count: backslashes)
                out.unicodeScalars.append(scalar)
            }
            backslashes = 0
        }
        return out + String(repeating: "\\", count: backslashes)
    }
}
