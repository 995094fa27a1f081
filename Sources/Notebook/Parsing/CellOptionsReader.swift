import MicrogradScript

/// Reads the words after `micrograd` in a cell's info string: `hide`, `skip`, `expect-error`, `ignore-output`,
/// `budget=N`, `tolerance=X`. Anything else is an error at its column, so a typo like `hdie` is caught.
enum CellOptionsReader {
    /// The options in `words`, each paired with its file column, for the cell whose fence is on `line`.
    static func read(_ words: [(text: Substring, column: Int)], line: Int, path: String) -> Result<CellOptions, Diagnostic> {
        var options = CellOptions()
        for (word, column) in words {
            func failure(_ message: String) -> Result<CellOptions, Diagnostic> {
                .failure(Diagnostic(file: path, line: line, column: column, kind: "CellOptionError", message: message))
            }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts.first.map(String.init) ?? ""
            let value = parts.count > 1 ? String(parts[1]) : nil
            switch (name, value) {
            case ("hide", nil): options.hide = true
            case ("skip", nil): options.skip = true
            case ("expect-error", nil): options.expectError = true
            case ("ignore-output", nil): options.ignoreOutput = true
            case ("budget", let text?):
                guard let budget = Int(text), budget > 0 else { return failure("budget must be a positive integer, not '\(text)'") }
                options.budget = budget
            case ("tolerance", let text?):
                guard let tolerance = Double(text), tolerance.isFinite, tolerance >= 0 else {
                    return failure("tolerance must be a number of 0 or more, not '\(text)'")
                }
                options.tolerance = tolerance
            default:
                return failure("unknown cell option '\(word)' (known: hide, skip, expect-error, ignore-output, budget=N, tolerance=X)")
            }
        }
        return .success(options)
    }

    /// Splits the raw info text after the language word into words with their columns.
    static func words(in text: Substring, startingAt column: Int) -> [(text: Substring, column: Int)] {
        var words: [(text: Substring, column: Int)] = []
        var current = column
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " || text[index] == "\t" {
                index = text.index(after: index)
                current += 1
                continue
            }
            let start = index
            let startColumn = current
            while index < text.endIndex, text[index] != " ", text[index] != "\t" {
                index = text.index(after: index)
                current += 1
            }
            words.append((text[start..<index], startColumn))
        }
        return words
    }
}
