/// Reads JSON text (RFC 8259, plus the `NaN` and `Infinity` that Python's `json` writes) into `JSONValue`s that
/// remember their byte ranges.
///
/// Strict where a notebook could be damaged: invalid UTF-8, control characters in strings, lone surrogates,
/// a repeated key in one object and anything after the top value are errors, each with its line and column.
/// Nesting deeper than `maximumDepth` is an error too, so a crafted file cannot exhaust the stack.
public struct JSONReader {
    /// The most arrays and objects one value may nest.
    public static let maximumDepth = 512

    /// Why the text is not JSON, and where.
    public struct Failure: Error, Equatable, Sendable {
        /// What is wrong, in words.
        public var message: String
        /// Where, from 1.
        public var line: Int
        /// Where, from 1, in characters.
        public var column: Int
    }

    /// Reads the one JSON value that `bytes` hold.
    public static func read(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        if String(validating: bytes, as: UTF8.self) == nil {
            let offset = firstInvalidUTF8(bytes)
            throw failure("the file is not valid UTF-8 (bad byte at byte offset \(offset))", at: offset, in: bytes)
        }
        let result: Result<JSONValue, Stop> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            do throws(Stop) {
                reader.skipWhitespace()
                let value = try reader.value(depth: 0)
                reader.skipWhitespace()
                if reader.position < buffer.count { throw Stop(message: "unexpected text after the JSON value", offset: reader.position) }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let value): return value
        case .failure(let stop): throw failure(stop.message, at: stop.offset, in: bytes)
        }
    }

    private struct Stop: Error {
        var message: String
        var offset: Int
    }

    /// The text, read in place: the reader never outlives the call that lends it.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func value(depth: Int) throws(Stop) -> JSONValue {
        guard position < bytes.count else { throw Stop(message: "the text ends where a value should be", offset: position) }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return JSONValue(.string(try string()), range: start..<position)
        case UInt8(ascii: "t"): try word("true"); return JSONValue(.bool(true), range: start..<position)
        case UInt8(ascii: "f"): try word("false"); return JSONValue(.bool(false), range: start..<position)
        case UInt8(ascii: "n"): try word("null"); return JSONValue(.null, range: start..<position)
        case UInt8(ascii: "N"): try word("NaN"); return JSONValue(.number("NaN"), range: start..<position)
        case UInt8(ascii: "I"): try word("Infinity"); return JSONValue(.number("Infinity"), range: start..<position)
        default: return JSONValue(.number(try number()), range: start..<position)
        }
    }

    private mutating func object(depth: Int) throws(Stop) -> JSONValue {
        let start = position
        guard depth <= Self.maximumDepth else { throw Stop(message: "the JSON nests more than \(Self.maximumDepth) deep", offset: start) }
        position += 1
        var members: [JSONMember] = []
        var keys: Set<String> = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return JSONValue(.object(members), range: start..<position)
        }
        while true {
            skipWhitespace()
            let keyStart = position
            guard peek == UInt8(ascii: "\"") else { throw Stop(message: "expected a key in double quotes", offset: position) }
            let key = try string()
            guard keys.insert(key).inserted else { throw Stop(message: "the key \"\(key)\" appears twice in one object", offset: keyStart) }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "expected ':' after a key")
            skipWhitespace()
            members.append(JSONMember(key, try value(depth: depth)))
            skipWhitespace()
            if peek == UInt8(ascii: ",") { position += 1; continue }
            try expect(UInt8(ascii: "}"), "expected ',' or '}' in an object")
            return JSONValue(.object(members), range: start..<position)
        }
    }

    private mutating func array(depth: Int) throws(Stop) -> JSONValue {
        let start = position
        guard depth <= Self.maximumDepth else { throw Stop(message: "the JSON nests more than \(Self.maximumDepth) deep", offset: start) }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return JSONValue(.array(elements), range: start..<position)
        }
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth))
            skipWhitespace()
            if peek == UInt8(ascii: ",") { position += 1; continue }
            try expect(UInt8(ascii: "]"), "expected ',' or ']' in an array")
            return JSONValue(.array(elements), range: start..<position)
        }
    }

    /// A string starting at its opening quote; `position` ends after the closing quote.
    private mutating func string() throws(Stop) -> String {
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                defer { position += 1 }
                return String(decoding: bytes[start..<position], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        var decoded = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &decoded)
            case 0..<0x20:
                throw Stop(message: "a control character (U+\(hex4(Int(byte)))) must be escaped in a string", offset: position)
            default:
                // Copy the run of plain bytes up to the next quote, backslash or control character at once.
                let run = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"),
                    bytes[position] >= 0x20
                {
                    position += 1
                }
                decoded.append(contentsOf: bytes[run..<position])
            }
        }
        throw Stop(message: "a string is never closed", offset: start - 1)
    }

    private mutating func escape(into decoded: inout [UInt8]) throws(Stop) {
        let start = position
        position += 1
        guard position < bytes.count else { throw Stop(message: "a string is never closed", offset: start) }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad(at: start)
            if (0xD800..<0xDC00).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                else { throw Stop(message: "a \\u escape is half a surrogate pair", offset: start) }
                position += 2
                let low = try hexQuad(at: start)
                guard (0xDC00..<0xE000).contains(low) else { throw Stop(message: "a \\u escape is half a surrogate pair", offset: start) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let character = Unicode.Scalar(scalar) else { throw Stop(message: "a \\u escape is half a surrogate pair", offset: start) }
            decoded.append(contentsOf: Array(String(Character(character)).utf8))
        default:
            throw Stop(message: "unknown escape '\\\(Character(Unicode.Scalar(letter)))' in a string", offset: start)
        }
    }

    private mutating func hexQuad(at escapeStart: Int) throws(Stop) -> UInt32 {
        guard position + 4 <= bytes.count else { throw Stop(message: "a \\u escape needs four hex digits", offset: escapeStart) }
        var value: UInt32 = 0
        for byte in bytes[position..<(position + 4)] {
            guard let digit = Self.hexDigit(byte) else { throw Stop(message: "a \\u escape needs four hex digits", offset: escapeStart) }
            value = value * 16 + digit
        }
        position += 4
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A number as JSON spells it (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`), or `-Infinity`.
    private mutating func number() throws(Stop) -> String {
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - first
        }
        if peek == UInt8(ascii: "-") {
            position += 1
            if peek == UInt8(ascii: "I") {
                try word("Infinity")
                return "-Infinity"
            }
        }
        let leadingZero = peek == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0 else { throw Stop(message: "expected a value (an object, array, string, number, true, false or null)", offset: start) }
        if leadingZero, whole > 1 { throw Stop(message: "a number may not start with 0", offset: start) }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw Stop(message: "expected digits after '.' in a number", offset: position) }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw Stop(message: "expected digits in a number's exponent", offset: position) }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func word(_ text: StaticString) throws(Stop) {
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        guard position + expected.count <= bytes.count, bytes[position..<(position + expected.count)].elementsEqual(expected) else {
            throw Stop(message: "expected a value (an object, array, string, number, true, false or null)", offset: position)
        }
        position += expected.count
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(Stop) {
        guard peek == byte else {
            throw Stop(message: position < bytes.count ? message : "the text ends too soon: " + message, offset: position)
        }
        position += 1
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func hex4(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The failure at byte `offset`, with its line and column counted in characters.
    private static func failure(_ message: String, at offset: Int, in bytes: [UInt8]) -> Failure {
        var line = 1
        var column = 1
        for byte in bytes.prefix(max(0, min(offset, bytes.count))) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Failure(message: message, line: line, column: column)
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }
}
