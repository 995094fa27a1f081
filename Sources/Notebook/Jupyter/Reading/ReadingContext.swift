import MicrogradScript

/// What the notebook readers share: the file's bytes and name, and typed access to JSON members that turns a
/// missing or mistyped key into a diagnostic at the value's place in the file.
struct ReadingContext {
    let bytes: [UInt8]
    let path: String

    /// A context for the notebook at `path` whose bytes are `bytes`.
    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// An error about the notebook, at `value`'s place in the file (line 1 when it has none).
    func error(_ message: String, at value: JSONValue? = nil) -> LessonError {
        let (line, column) = value.map { position(of: $0.range.lowerBound) } ?? (1, 1)
        return LessonError(
            path: path,
            diagnostics: [Diagnostic(file: path, line: line, column: column, kind: "NotebookError", message: message)],
            source: String(decoding: bytes, as: UTF8.self))
    }

    /// The line and column (from 1, the column in characters) of byte `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            let end = min(max(offset, 0), buffer.count)
            var line = 1
            var lineStart = 0
            var index = 0
            while index < end {
                if buffer[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            var column = 1
            for position in lineStart..<end where buffer[position] & 0xC0 != 0x80 { column += 1 }
            return (line, column)
        }
    }

    /// `owner[key]` when it is an array; nil when absent and `optional`.
    func array(_ owner: JSONValue, _ key: String, optional: Bool = false, name: String = "the notebook") throws(LessonError) -> [JSONValue]? {
        guard let value = owner[key] else {
            if optional { return nil }
            throw error("\(name) has no '\(key)'", at: owner)
        }
        guard let elements = value.arrayValue else { throw error("'\(key)' must be an array, not \(value.typeName)", at: value) }
        return elements
    }

    /// `owner[key]` when it is an object; nil when absent and `optional`.
    func object(_ owner: JSONValue, _ key: String, optional: Bool = false, name: String = "the notebook") throws(LessonError) -> JSONValue? {
        guard let value = owner[key] else {
            if optional { return nil }
            throw error("\(name) has no '\(key)'", at: owner)
        }
        guard value.objectValue != nil else { throw error("'\(key)' must be an object, not \(value.typeName)", at: value) }
        return value
    }

    /// `owner[key]` as a string.
    func string(_ owner: JSONValue, _ key: String, name: String) throws(LessonError) -> String {
        guard let value = owner[key] else { throw error("\(name) has no '\(key)'", at: owner) }
        guard let text = value.stringValue else { throw error("'\(key)' must be a string, not \(value.typeName)", at: value) }
        return text
    }

    /// `owner[key]` as nbformat's multiline string (a string or an array of strings).
    func multilineString(_ owner: JSONValue, _ key: String, name: String) throws(LessonError) -> String {
        guard let value = owner[key] else { throw error("\(name) has no '\(key)'", at: owner) }
        guard let text = value.multilineString else {
            throw error("'\(key)' must be a string or an array of strings, not \(value.typeName)", at: value)
        }
        return text
    }
}
