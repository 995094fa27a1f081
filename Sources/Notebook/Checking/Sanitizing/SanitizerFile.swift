import Foundation
import MicrogradScript

/// Reads a sanitizer file in nbval's format (`--sanitize FILE`, nbval's `--nbval-sanitize-with`): each
/// `regex: …` line followed directly by a `replace: …` line is one sanitizer; section headers such as
/// `[regex1]`, blank lines and anything else are ignored, as nbval ignores them.
///
/// ```
/// [timings]
/// regex: \d+\.\d+ s
/// replace: T s
/// ```
public enum SanitizerFile {
    /// The sanitizers in the file at `path`, or a diagnostic naming the file (and the line of a bad regex).
    public static func load(path: String) -> Result<[Sanitizer], Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(file: path, line: 1, column: 1, kind: "IOError", message: "cannot read the sanitizer file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(Diagnostic(file: path, line: 1, column: 1, kind: "EncodingError", message: "the sanitizer file is not valid UTF-8"))
        }
        return parse(text, path: path)
    }

    /// The sanitizers in `text`.
    public static func parse(_ text: String, path: String) -> Result<[Sanitizer], Diagnostic> {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        var sanitizers: [Sanitizer] = []
        for (offset, line) in lines.enumerated() where line.hasPrefix("regex: ") {
            guard offset + 1 < lines.count, lines[offset + 1].hasPrefix("replace: ") else { continue }
            let sanitizer = Sanitizer(
                pattern: String(line.dropFirst("regex: ".count)),
                replacement: String(lines[offset + 1].dropFirst("replace: ".count)))
            if let problem = sanitizer.problem() {
                return .failure(Diagnostic(file: path, line: offset + 1, column: 8, kind: "SanitizerError", message: problem))
            }
            sanitizers.append(sanitizer)
        }
        return .success(sanitizers)
    }
}
