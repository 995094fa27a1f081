import Foundation

/// Decides whether a cell's fresh output matches its expected block.
///
/// Text must be equal line by line, ignoring whitespace at the ends of lines and blank lines at the end.
/// Numbers (anything that reads as a float, including `nan` and `inf`) may differ by a relative `tolerance`,
/// with an absolute floor of `absoluteFloor` so that values near zero compare sensibly: `1e-17` matches `0.0`.
/// An integer never matches a float (`3` and `3.0` differ), because Python would have changed the type.
public enum OutputComparison {
    /// The relative tolerance when neither the cell, the lesson nor the command line sets one.
    public static let defaultTolerance = 1e-9
    /// Differences at most this large always match, whatever the relative tolerance.
    public static let absoluteFloor = 1e-12

    /// True when `actual` matches `expected` within `tolerance`.
    public static func matches(expected: String, actual: String, tolerance: Double = defaultTolerance) -> Bool {
        firstDifference(expected: expected, actual: actual, tolerance: tolerance) == nil
    }

    /// The first line (from 0) where `actual` stops matching `expected` within `tolerance`, or nil when it
    /// matches. When one text is the other plus more lines, that is the first line the shorter one lacks.
    public static func firstDifference(expected: String, actual: String, tolerance: Double = defaultTolerance) -> Int? {
        let expectedLines = normalizedLines(expected)
        let actualLines = normalizedLines(actual)
        for (offset, (left, right)) in zip(expectedLines, actualLines).enumerated() where left != right {
            if !lineMatches(left, right, tolerance: tolerance) { return offset }
        }
        return expectedLines.count == actualLines.count ? nil : min(expectedLines.count, actualLines.count)
    }

    /// True when two single lines match within `tolerance`, ignoring whitespace at their ends.
    public static func linesMatch(_ expected: Substring, _ actual: Substring, tolerance: Double) -> Bool {
        let left = expected.reversed().drop(while: { $0.isWhitespace }).reversed()
        let right = actual.reversed().drop(while: { $0.isWhitespace }).reversed()
        if left.elementsEqual(right) { return true }
        return lineMatches(Substring(String(left)), Substring(String(right)), tolerance: tolerance)
    }

    /// True when two numbers are equal within the tolerance; `nan` matches only `nan`, infinities only themselves.
    public static func numbersMatch(_ expected: Double, _ actual: Double, tolerance: Double) -> Bool {
        if expected.isNaN || actual.isNaN { return expected.isNaN && actual.isNaN }
        if expected.isInfinite || actual.isInfinite { return expected == actual }
        let difference = abs(expected - actual)
        return difference <= absoluteFloor || difference <= tolerance * max(abs(expected), abs(actual))
    }

    /// The lines of `text` with trailing whitespace removed and trailing blank lines dropped. `\r\n` and a lone
    /// `\r` end lines too, as they do in the Markdown an expected block is read from.
    static func normalizedLines(_ text: String) -> [Substring] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: SourceLines.isTerminator).map { line in
            line.reversed().drop(while: { $0.isWhitespace }).reversed()
        }.map { Substring(String($0)) }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines
    }

    /// True for a number written without a point, an exponent, `inf` or `nan`: how Python prints an `int`.
    static func isInteger(_ spelling: Substring) -> Bool {
        spelling.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }
    }

    private static func lineMatches(_ expected: Substring, _ actual: Substring, tolerance: Double) -> Bool {
        let left = OutputToken.tokens(of: expected)
        let right = OutputToken.tokens(of: actual)
        guard left.count == right.count else { return false }
        for (a, b) in zip(left, right) {
            switch (a, b) {
            case (.text(let x), .text(let y)):
                guard x == y else { return false }
            case (.number(let spellingX, let x), .number(let spellingY, let y)):
                // `3` and `3.0` are an int and a float in Python: a change of type is a real change.
                guard isInteger(spellingX) == isInteger(spellingY), numbersMatch(x, y, tolerance: tolerance) else {
                    return false
                }
            default:
                return false
            }
        }
        return true
    }
}
