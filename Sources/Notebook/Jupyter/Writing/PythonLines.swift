/// Splits text into lines as Python's `str.splitlines(keepends=True)` does, which is how nbformat stores a
/// multi-line string as a list: line ends stay on their lines, and `\r\n`, `\r`, `\n`, `\v`, `\f`, `\x1c`–`\x1e`,
/// `\x85`, U+2028 and U+2029 all end a line. An empty text is no lines.
enum PythonLines {
    /// The lines of `text`, each with its line end.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            current.append(scalar)
            if scalar == "\r", pending == "\n" {
                current.append("\n")
                pending = scalars.next()
            }
            if isLineBreak(scalar) {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// True for a character `splitlines` ends a line at.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `text` as nbformat writes a multi-line string: an array of its lines.
    static func json(_ text: String) -> JSONValue {
        .array(split(text).map(JSONValue.string))
    }
}
