import Foundation

/// The words `check` prints: one block per failing cell, then a summary line naming every failure.
public enum CheckReport {
    /// What went wrong with one cell, headed by its `path:line`.
    public static func describe(_ verdict: CellVerdict, source: String, style: ConsoleStyle) -> String {
        let cell = verdict.result.cell
        let heading = style.bold("\(verdict.location):") + " cell \(cell.index + 1)"
        switch verdict.status {
        case .passed:
            return "\(heading) passed"
        case .skipped:
            return "\(heading) skipped"
        case .mismatch(let expected, let actual, let tolerance):
            let diff = UnifiedDiff.make(
                expected: expected, actual: actual, expectedLabel: "expected", actualLabel: "actual", style: style)
            let body = diff.isEmpty ? "(the outputs differ only in whitespace at the ends of lines)" : diff
            return "\(heading) output differs from its expected block (tolerance \(tolerance))\n\(body)"
        case .missingExpected(let actual):
            let shown = actual.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
            return "\(heading) has output but no ```output block under it; "
                + "run `gradbook check --update \(shellWord(verdict.path))` to record it:\n" + shown.joined(separator: "\n")
        case .unexpectedError(let diagnostic):
            return DiagnosticQuote.render(diagnostic, source: source)
                + "\n\(heading) failed; mark it `expect-error` if the error is the point"
        case .missingError:
            return "\(heading) is marked `expect-error` but finished without an error"
        }
    }

    /// The last line: counts, then every failure by `path:line`, or that everything passed.
    public static func summary(checks: [LessonCheck], errors: [LessonError], style: ConsoleStyle) -> String {
        let verdicts = checks.flatMap(\.verdicts)
        let failed = verdicts.filter(\.failed)
        let skipped = verdicts.filter { $0.status == .skipped }.count
        let passed = verdicts.count - failed.count - skipped
        let lessons = checks.count + errors.count
        var line = "\(passed) passed, \(failed.count) failed"
        if skipped > 0 { line += ", \(skipped) skipped" }
        line += " (\(verdicts.count) cell\(verdicts.count == 1 ? "" : "s") in \(lessons) lesson\(lessons == 1 ? "" : "s"))"
        let names = failed.map { "\($0.location) (\($0.failureName))" } + errors.map { "\($0.path) (invalid lesson)" }
        guard !names.isEmpty else { return style.added(line) }
        return style.removed(line + "; failures: " + names.joined(separator: ", "))
    }

    /// `path` as one shell word, quoted only when it needs to be, so the hint can be pasted as it is.
    static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._/-+,:@".unicodeScalars.contains(scalar))
        }
        if plain && !path.isEmpty { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
