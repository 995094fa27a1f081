import MicrogradScript

/// Rewrites the outputs of some code cells of a notebook and nothing else.
///
/// Each updated cell's `outputs` array is replaced where it stands in the file's bytes, written in the file's
/// own indentation and line endings; every other byte (other cells, metadata, execution counts, key order,
/// formatting) is copied. A notebook Jupyter wrote comes out exactly as Jupyter would write it.
public enum JupyterUpdater {
    /// Why the notebook could not be rewritten.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// The notebook text of `document` with the outputs of the cells in `updates` (by cell index) replaced.
    public static func apply(
        _ updates: [Int: [Output]], to document: Document, mapping: JupyterOutputMapping = JupyterOutputMapping()
    ) throws(Failure) -> String {
        guard !updates.isEmpty else { return document.source }
        let bytes = Array(document.source.utf8)
        let root: JSONValue
        do { root = try JSONReader.read(bytes) } catch {
            throw Failure(description: "\(document.path): error: the notebook no longer reads as JSON")
        }
        guard let cellValues = root["cells"]?.arrayValue else {
            throw Failure(description: "\(document.path): error: the notebook has no cells")
        }
        let layout = Layout(bytes: bytes, root: root)
        var replacements: [(range: Range<Int>, text: String)] = []
        for cell in document.cells {
            guard let outputs = updates[cell.index] else { continue }
            guard let number = cell.notebookCell, number >= 1, number <= cellValues.count,
                let stored = cellValues[number - 1]["outputs"]
            else { throw Failure(description: "\(document.path): error: cell \(cell.name) has no outputs to replace") }
            let count = cellValues[number - 1]["execution_count"]?.integerValue
            let mapped = mapping.outputs(for: outputs, executionCount: count, lineOffset: 0).map(\.json)
            replacements.append((stored.range, layout.text(.array(mapped), at: stored.range.lowerBound)))
        }
        var result = [UInt8]()
        result.reserveCapacity(bytes.count)
        var next = 0
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result += bytes[next..<replacement.range.lowerBound]
            result += Array(replacement.text.utf8)
            next = replacement.range.upperBound
        }
        result += bytes[next...]
        do { _ = try JSONReader.read(result) } catch {
            throw Failure(description: "\(document.path): error: rewriting the outputs would break the notebook; not updated")
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// How the file is laid out: its indentation unit (nil for JSON on one line) and its line ending.
    struct Layout {
        let bytes: [UInt8]
        let unit: String?
        let lineEnding: String

        /// The layout of the notebook whose bytes are `bytes`, read from where its first member stands.
        init(bytes: [UInt8], root: JSONValue) {
            self.bytes = bytes
            let opening = root.range.lowerBound
            let firstValue = root.objectValue?.first?.value.range.lowerBound ?? opening
            if let newline = bytes[opening..<max(opening, firstValue)].lastIndex(of: 0x0A) {
                unit = String(decoding: bytes[(newline + 1)...].prefix(while: { $0 == 0x20 || $0 == 0x09 }), as: UTF8.self)
                lineEnding = newline > 0 && bytes[newline - 1] == 0x0D ? "\r\n" : "\n"
            } else {
                unit = nil
                lineEnding = "\n"
            }
        }

        /// `value` written to stand at byte `offset`: nested lines indented from the indentation of the line
        /// `offset` is on.
        func text(_ value: JSONValue, at offset: Int) -> String {
            guard let unit, !unit.isEmpty else { return JSONWriter.text(value, indent: nil) }
            var lineStart = offset
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            let margin = String(decoding: bytes[lineStart..<offset].prefix(while: { $0 == 0x20 || $0 == 0x09 }), as: UTF8.self)
            let written = JSONWriter.text(value, indent: unit)
            return written.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
                offset == 0 ? String(line) : margin + line
            }.joined(separator: lineEnding)
        }
    }
}
