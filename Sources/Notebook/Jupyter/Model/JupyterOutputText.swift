/// The plain text of stored outputs, in the form a lesson's ```` ```output ```` block holds and `check` compares:
/// the same rendition `[Output].plainText` gives Gradbook's own outputs.
///
/// Streams of one name that follow each other are one text (as Gradbook merges consecutive prints), whose
/// final newline is dropped; a display or result contributes its `text/plain`; an error is `Name: message`, the
/// last line of Python's traceback. Outputs are joined by newlines. Pictures carry no text of their own: where
/// a display has only a picture, it contributes nothing (and the importer notes the picture it dropped).
public enum JupyterOutputText {
    /// The text of one output, or nil when it has none.
    public static func text(of output: JupyterOutput) -> String? {
        switch output {
        case .stream(_, let text): return text
        case .displayData, .executeResult: return output.plainText
        case .error(let name, let value, _): return "\(name): \(value)"
        }
    }

    /// The expected text of a cell whose stored outputs are `outputs`, or nil when they hold no text.
    public static func expected(_ outputs: [JupyterOutput]) -> String? {
        var parts: [String] = []
        var stream: (name: String, text: String)?
        func flushStream() {
            if let pending = stream, !pending.text.isEmpty {
                parts.append(pending.text.hasSuffix("\n") ? String(pending.text.dropLast()) : pending.text)
            }
            stream = nil
        }
        for output in outputs {
            if case .stream(let name, let text) = output {
                if let pending = stream, pending.name == name {
                    stream = (name, pending.text + text)
                } else {
                    flushStream()
                    stream = (name, text)
                }
                continue
            }
            flushStream()
            if let text = text(of: output), !text.isEmpty { parts.append(text) }
        }
        flushStream()
        guard !parts.isEmpty else { return nil }
        return ExpectedOutput.storable(parts.joined(separator: "\n"))
    }
}
