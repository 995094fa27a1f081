import MicrogradScript

/// Turns a lesson file's bytes into text, refusing invalid UTF-8 and NUL bytes with their position.
enum TextDecoding {
    /// The decoded text, or a diagnostic at the first offending byte.
    static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        var text = ""
        text.reserveCapacity(bytes.count)
        func failure(_ message: String) -> Result<String, Diagnostic> {
            .failure(Diagnostic(file: path, line: line, column: column, kind: "EncodingError", message: message))
        }
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { return failure("the lesson contains a NUL byte at byte offset \(offset)") }
                text.unicodeScalars.append(scalar)
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return .success(text)
            case .error:
                return failure("the lesson is not valid UTF-8 (bad byte at byte offset \(offset))")
            }
        }
    }
}
