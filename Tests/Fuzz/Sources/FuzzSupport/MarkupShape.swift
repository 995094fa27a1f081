/// A small well-formedness check for the XML Gradbook generates (MathML, SVG): tags close in order, attribute
/// values are quoted, and `<` and `&` appear in text only as tags and entities.
///
/// It is deliberately strict about what Gradbook writes rather than complete XML: no comments, CDATA or
/// processing instructions are expected in a fragment.
public enum MarkupShape {
    /// Why `markup` is not well formed, or `nil` when it is.
    public static func problem(in markup: String) -> String? {
        var reader = Reader(bytes: Array(markup.utf8))
        return reader.check()
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0
        var open: [ArraySlice<UInt8>] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func check() -> String? {
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "<"):
                    if let problem = tag() { return problem }
                case UInt8(ascii: "&"):
                    if let problem = entity() { return problem }
                default:
                    position += 1
                }
            }
            if let last = open.last { return "<\(String(decoding: last, as: UTF8.self))> is never closed" }
            return nil
        }

        private mutating func tag() -> String? {
            let start = position
            position += 1
            let closing = peek(UInt8(ascii: "/"))
            if closing { position += 1 }
            guard let name = name() else { return "a tag without a name at byte \(start)" }
            if closing {
                guard peek(UInt8(ascii: ">")) else { return "a closing tag that does not end at byte \(start)" }
                position += 1
                guard let last = open.popLast(), last == name else {
                    return "</\(String(decoding: name, as: UTF8.self))> closes nothing open at byte \(start)"
                }
                return nil
            }
            while true {
                skipSpaces()
                if peek(UInt8(ascii: ">")) {
                    position += 1
                    open.append(name)
                    return nil
                }
                if peek(UInt8(ascii: "/")) {
                    position += 1
                    guard peek(UInt8(ascii: ">")) else { return "a stray / in a tag at byte \(start)" }
                    position += 1
                    return nil
                }
                guard self.name() != nil else { return "a malformed attribute at byte \(position)" }
                guard peek(UInt8(ascii: "=")) else { return "an attribute without a value at byte \(position)" }
                position += 1
                guard peek(UInt8(ascii: "\"")) else { return "an unquoted attribute value at byte \(position)" }
                position += 1
                while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                    if bytes[position] == UInt8(ascii: "<") { return "a < inside an attribute value at byte \(position)" }
                    if bytes[position] == UInt8(ascii: "&") {
                        if let problem = entity() { return problem }
                    } else {
                        position += 1
                    }
                }
                guard position < bytes.count else { return "an attribute value that never ends (from byte \(start))" }
                position += 1
            }
        }

        private mutating func entity() -> String? {
            let start = position
            position += 1
            var digits = 0
            if peek(UInt8(ascii: "#")) {
                position += 1
                let hex = peek(UInt8(ascii: "x"))
                if hex { position += 1 }
                while position < bytes.count, Self.isDigit(bytes[position], hex: hex) {
                    position += 1
                    digits += 1
                }
            } else {
                while position < bytes.count, Self.isLetter(bytes[position]) {
                    position += 1
                    digits += 1
                }
            }
            guard digits > 0, peek(UInt8(ascii: ";")) else { return "a bare & at byte \(start)" }
            position += 1
            return nil
        }

        private mutating func name() -> ArraySlice<UInt8>? {
            let start = position
            while position < bytes.count, Self.isLetter(bytes[position]) || Self.isDigit(bytes[position], hex: false)
                || bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: ":")
            {
                position += 1
            }
            return position > start ? bytes[start..<position] : nil
        }

        private mutating func skipSpaces() {
            while position < bytes.count, [0x20, 0x0A, 0x09, 0x0D].contains(bytes[position]) { position += 1 }
        }

        private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
            if byte >= 0x30 && byte <= 0x39 { return true }
            guard hex else { return false }
            return (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
        }
    }
}
