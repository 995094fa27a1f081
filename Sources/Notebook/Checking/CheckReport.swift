import Foundation

/// The words `check` prints: one block per failing cell, then one summary line naming every failure.
public enum CheckReport {
    /// What went wrong with one cell of `document`, headed by its place.
    public static func describe(_ verdict: CellVerdict, in document: Document, style: ConsoleStyle) -> String {
        let cell = verdict.result.cell
        let notebook = document.format == .notebook
        let heading = style.bold("\(verdict.location):") + (notebook ? "" : " cell \(cell.index + 1)")
        let block = notebook ? "its stored outputs" : "its expected block"
        switch verdict.status {
        case .passed:
            return "\(heading) passed"
        case .skipped:
            return "\(heading) skipped"
        case .mismatch(let mismatch):
            let equivalence = ToleranceEquivalence(tolerance: mismatch.tolerance)
            let diff = UnifiedDiff.make(
                expected: mismatch.expected, actual: mismatch.actual, expectedLabel: "expected", actualLabel: "actual",
                firstLine: mismatch.firstLine ?? 1, style: style, equivalent: equivalence.matches)
            let body = diff.isEmpty ? "(the outputs differ only in whitespace at the ends of lines)" : diff
            return "\(heading) output differs from \(block) (tolerance \(mismatch.tolerance))\n\(body)"
        case .missingExpected(let actual):
            let shown = actual.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
            let missing = notebook ? "has output but no stored outputs" : "has output but no ```output block under it"
            return "\(heading) \(missing); run `gradbook check --update \(shellWord(verdict.path))` to record it:\n"
                + shown.joined(separator: "\n")
        case .unexpectedError(let diagnostic):
            let hint = notebook ? "tag it `raises-exception`" : "mark it `expect-error`"
            return DiagnosticQuote.render(diagnostic, source: document.quotedText(for: diagnostic))
                + "\n\(heading) failed; \(hint) if the error is the point"
        case .missingError:
            let marked = notebook ? "is expected to fail (a stored error or a `raises-exception` tag)" : "is marked `expect-error`"
            return "\(heading) \(marked) but finished without an error"
        }
    }

    /// The closing line: counts, then every failure by its place, or that everything passed.
    ///
    /// `2 passed, 1 failed, 1 skipped, 3 deselected (4 cells in 2 lessons); failures: a.md:12 (mismatch)`. Only
    /// counts that are not zero are named after `failed`. `deselected` counts the cells of lessons `-k` left out
    /// entirely (those lessons are not counted as checked).
    public static func summary(checks: [LessonCheck], errors: [LessonError], deselected: Int = 0, style: ConsoleStyle) -> String {
        let verdicts = checks.flatMap(\.verdicts)
        let failed = verdicts.filter(\.failed)
        let skipped = verdicts.filter { $0.status == .skipped }.count
        let passed = verdicts.count - failed.count - skipped
        let lessons = checks.count + errors.count
        var line = "\(passed) passed, \(failed.count) failed"
        if skipped > 0 { line += ", \(skipped) skipped" }
        let deselected = checks.reduce(deselected) { $0 + $1.deselected }
        if deselected > 0 { line += ", \(deselected) deselected" }
        let notRun = checks.reduce(0) { $0 + $1.notRun }
        if notRun > 0 { line += ", \(notRun) not run" }
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

/// Whether two output lines match within a tolerance, for a diff that asks about many pairs of lines.
///
/// Each distinct line is cut into numbers and text once; two lines whose text between the numbers differs
/// cannot match, so most pairs are answered by comparing those skeletons.
final class ToleranceEquivalence {
    let tolerance: Double
    private var skeletons: [Substring: String] = [:]

    /// Compares lines with `tolerance`.
    init(tolerance: Double) {
        self.tolerance = tolerance
    }

    /// True when the lines match within the tolerance (equal lines always do).
    func matches(_ expected: Substring, _ actual: Substring) -> Bool {
        if expected == actual { return true }
        guard skeleton(expected) == skeleton(actual) else { return false }
        return OutputComparison.linesMatch(expected, actual, tolerance: tolerance)
    }

    private func skeleton(_ line: Substring) -> String {
        if let known = skeletons[line] { return known }
        let trimmed = line.reversed().drop(while: { $0.isWhitespace }).reversed()
        let shape = OutputToken.tokens(of: Substring(String(trimmed))).map { token in
            switch token {
            case .text(let text): String(text)
            case .number(let spelling, _): OutputComparison.isInteger(spelling) ? "\u{0}i" : "\u{0}f"
            }
        }.joined()
        skeletons[line] = shape
        return shape
    }
}
