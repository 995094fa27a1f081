/// A line of output cut into numbers and the text between them, so numbers can be compared with a tolerance.
///
/// `Value(data=-8.000000000000002, grad=0.5)` → text `Value(data=`, number `-8.000000000000002`, text `, grad=`,
/// number `0.5`, text `)`. Python's `nan`, `inf` and `-inf` are numbers too, when not part of a longer word.
enum OutputToken: Equatable {
    case text(Substring)
    case number(Substring, Double)

    /// The tokens of `line`, in order.
    static func tokens(of line: Substring) -> [OutputToken] {
        var tokens: [OutputToken] = []
        var textStart = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            let previous = index > line.startIndex ? line[line.index(before: index)] : nil
            if let end = numberEnd(in: line, from: index, after: previous),
                let value = Double(line[index..<end].lowercased().replacingOccurrences(of: "infinity", with: "inf"))
            {
                if textStart < index { tokens.append(.text(line[textStart..<index])) }
                tokens.append(.number(line[index..<end], value))
                index = end
                textStart = end
            } else {
                index = line.index(after: index)
            }
        }
        if textStart < line.endIndex { tokens.append(.text(line[textStart...])) }
        return tokens
    }

    /// Where a number starting at `start` ends, or `nil` when none starts there. A number never starts in the
    /// middle of a word or another number (`x1` is a name, `1e5` one number).
    private static func numberEnd(in line: Substring, from start: Substring.Index, after previous: Character?) -> Substring.Index? {
        if let previous, previous.isLetter || previous.isNumber || previous == "_" || previous == "." { return nil }
        var index = start
        if line[index] == "-" || line[index] == "+" { index = line.index(after: index) }
        guard index < line.endIndex else { return nil }
        for word in ["infinity", "inf", "nan"] {
            if line[index...].prefix(8).lowercased().hasPrefix(word) {
                let end = line.index(index, offsetBy: word.count)
                if end < line.endIndex, line[end].isLetter || line[end].isNumber || line[end] == "_" { return nil }
                return end
            }
        }
        let digitsStart = index
        while index < line.endIndex, line[index].isASCII, line[index].isNumber { index = line.index(after: index) }
        var sawDigits = index > digitsStart
        if index < line.endIndex, line[index] == "." {
            let afterDot = line.index(after: index)
            var fraction = afterDot
            while fraction < line.endIndex, line[fraction].isASCII, line[fraction].isNumber {
                fraction = line.index(after: fraction)
            }
            if fraction > afterDot || sawDigits {
                sawDigits = sawDigits || fraction > afterDot
                index = fraction
            }
        }
        guard sawDigits else { return nil }
        if index < line.endIndex, line[index] == "e" || line[index] == "E" {
            var exponent = line.index(after: index)
            if exponent < line.endIndex, line[exponent] == "-" || line[exponent] == "+" {
                exponent = line.index(after: exponent)
            }
            let exponentDigits = exponent
            while exponent < line.endIndex, line[exponent].isASCII, line[exponent].isNumber {
                exponent = line.index(after: exponent)
            }
            if exponent > exponentDigits { index = exponent }
        }
        if index < line.endIndex, line[index].isLetter || line[index] == "_" { return nil }
        return index
    }
}
