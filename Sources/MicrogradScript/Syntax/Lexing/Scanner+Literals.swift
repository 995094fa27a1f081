extension Scanner {
    /// Scans a string whose opening quote is at `quoteAt` (any prefix lies before it). Stops at the closing quote,
    /// or, unterminated, before the line break (single quotes) or at the end (triple quotes).
    mutating func scanString(quoteAt quoteOffset: Int) -> LexicalProblem? {
        offset = quoteOffset
        guard let quote = self[offset] else { return nil }
        let isTriple = self[offset + 1] == quote && self[offset + 2] == quote
        offset += isTriple ? 3 : 1
        while let scalar = self[offset] {
            if scalar == "\\" {
                offset += 1
                if self[offset] == "\r", self[offset + 1] == "\n" { offset += 1 }
                if self[offset] != nil { offset += 1 }
                continue
            }
            if scalar == quote {
                if !isTriple {
                    offset += 1
                    return nil
                }
                if self[offset + 1] == quote, self[offset + 2] == quote {
                    offset += 3
                    return nil
                }
            }
            if !isTriple, scalar == "\n" || scalar == "\r" {
                return .unterminatedString(line: source.numbered(source.position(of: offset).line))
            }
            offset += 1
        }
        let endLine = source.numbered(source.position(of: max(quoteOffset, offset - 1)).line)
        return isTriple ? .unterminatedTripleQuotedString(line: endLine) : .unterminatedString(line: endLine)
    }

    /// Scans a number: decimal, float, hexadecimal, octal or binary, with single underscores between digits.
    /// A letter straight after it (other than the start of a keyword, as in `1if`) makes it invalid.
    mutating func scanNumber() -> LexicalProblem? {
        let start = offset
        if self[offset] == "0", let marker = self[offset + 1], let radix = Self.radix(of: marker) {
            offset += 2
            return scanRadixDigits(radix: radix, numberStart: start)
        }
        var problem = scanDigits(start: start)
        var isFloat = false
        if self[offset] == ".", !(self[offset + 1] == "." && self[offset + 2] == ".") {
            isFloat = true
            offset += 1
            if let digit = self[offset], Self.isDigit(digit) { problem = problem ?? scanDigits(start: start) }
        }
        if let e = self[offset], e == "e" || e == "E" {
            var digitsAt = offset + 1
            if let sign = self[digitsAt], sign == "+" || sign == "-" { digitsAt += 1 }
            if let digit = self[digitsAt], Self.isDigit(digit) {
                isFloat = true
                offset = digitsAt
                problem = problem ?? scanDigits(start: start)
            }
        }
        if let j = self[offset], j == "j" || j == "J" {
            offset += 1
            problem = problem ?? .message("complex numbers are not supported", offset: start)
        }
        if problem == nil, !isFloat, self[start] == "0" {
            let digits = source.text(start..<offset).filter { $0 != "_" }
            if digits.contains(where: { $0 != "0" }) {
                problem = .message(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    offset: start)
            }
        }
        return problem ?? checkEndOfNumber(numberStart: start, message: "invalid decimal literal")
    }

    /// Digits with single underscores between them; `offset` stops after the last digit.
    private mutating func scanDigits(start: Int) -> LexicalProblem? {
        while let scalar = self[offset] {
            if Self.isDigit(scalar) {
                offset += 1
            } else if scalar == "_" {
                offset += 1
                guard let next = self[offset], Self.isDigit(next) else {
                    while let rest = self[offset], Self.isIdentifierContinue(rest) { offset += 1 }
                    return .message("invalid decimal literal", offset: start)
                }
            } else {
                break
            }
        }
        return nil
    }

    /// The digits after `0x`, `0o` or `0b`.
    private mutating func scanRadixDigits(radix: Int, numberStart: Int) -> LexicalProblem? {
        let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
        var sawDigit = false
        while let scalar = self[offset] {
            if scalar == "_" {
                offset += 1
                continue
            }
            guard let value = Self.hexValue(scalar) else { break }
            if value >= radix {
                let problem = LexicalProblem.message("invalid digit '\(scalar)' in \(name) literal", offset: offset)
                while let rest = self[offset], Self.isIdentifierContinue(rest) { offset += 1 }
                return problem
            }
            sawDigit = true
            offset += 1
        }
        if !sawDigit {
            while let rest = self[offset], Self.isIdentifierContinue(rest) { offset += 1 }
            return .message("invalid \(name) literal", offset: numberStart)
        }
        return checkEndOfNumber(numberStart: numberStart, message: "invalid \(name) literal", atOffendingScalar: true)
    }

    /// A number may be followed by a keyword (`1if x else 2`) but not by any other letter or digit.
    private mutating func checkEndOfNumber(
        numberStart: Int, message: String, atOffendingScalar: Bool = false
    ) -> LexicalProblem? {
        guard let next = self[offset], Self.isIdentifierContinue(next) else { return nil }
        var end = offset
        while let rest = self[end], Self.isIdentifierContinue(rest) { end += 1 }
        let word = source.text(offset..<end)
        if Vocabulary.keywords.contains(word) { return nil }
        let offending = offset
        offset = end
        return .message(message, offset: atOffendingScalar ? offending : numberStart)
    }

    private static func radix(of marker: Unicode.Scalar) -> Int? {
        switch marker {
        case "x", "X": return 16
        case "o", "O": return 8
        case "b", "B": return 2
        default: return nil
        }
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": return Int(scalar.value - 48)
        case "a"..."f": return Int(scalar.value - 87)
        case "A"..."F": return Int(scalar.value - 55)
        default: return nil
        }
    }
}
