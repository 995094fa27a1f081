/// Re-runs a lesson and compares each cell's plain-text output with its expected block.
///
/// The tolerance for a cell is the first that is set of: the cell's `tolerance=` option, the lesson's
/// `tolerance:`, the command line's `--tolerance`, and `OutputComparison.defaultTolerance`. Both texts are
/// sanitized first: object addresses, then the lesson's `sanitize:` list, then the command line's.
public struct Checker: Sendable {
    /// Runs the lessons.
    public var runner: Runner
    /// `--tolerance`, when given.
    public var tolerance: Double?
    /// `--sanitize FILE`: replacements applied after the lesson's own.
    public var sanitizers: [Sanitizer]
    /// `-k EXPRESSION`: the cells to judge; nil judges every cell.
    public var selection: CellSelection?
    /// `--fail-fast`: stop a lesson at its first failing cell.
    public var failFast: Bool

    /// Makes a checker.
    public init(
        runner: Runner = Runner(), tolerance: Double? = nil, sanitizers: [Sanitizer] = [], selection: CellSelection? = nil,
        failFast: Bool = false
    ) {
        self.runner = runner
        self.tolerance = tolerance
        self.sanitizers = sanitizers
        self.selection = selection
        self.failFast = failFast
    }

    /// Runs `document` (the cells up to the last selected one) and judges the selected cells. `beforeCell` is
    /// told each cell as it starts.
    public func check(_ document: Document, beforeCell: (Cell) -> Void = { _ in }) -> LessonCheck {
        let chosen = selected(in: document)
        guard let last = chosen.max() else {
            return LessonCheck(run: RunResult(document: document, cells: []), verdicts: [], deselected: document.cells.count)
        }
        let judge = Judge(document: document, checker: self)
        let run = runner.run(document, through: last, beforeCell: beforeCell) { result in
            guard failFast, chosen.contains(result.cell.index) else { return true }
            return !judge.verdict(for: result).failed
        }
        let verdicts = run.cells.filter { chosen.contains($0.cell.index) }.map(judge.verdict)
        let stopped = run.cells.count < last + 1
        return LessonCheck(
            run: run, verdicts: verdicts, deselected: document.cells.count - chosen.count,
            notRun: stopped ? chosen.filter { $0 >= run.cells.count }.count : 0)
    }

    /// Judges every cell of a finished run (what a page's "changed" marks need).
    public func judge(_ run: RunResult) -> LessonCheck {
        let judge = Judge(document: run.document, checker: self)
        return LessonCheck(run: run, verdicts: run.cells.map(judge.verdict))
    }

    /// The indices of the cells of `document` that the selection picks (all of them without one).
    public func selected(in document: Document) -> Set<Int> {
        guard let selection else { return Set(document.cells.map(\.index)) }
        return Set(document.cells.filter { selection.matches(CellSelection.keywords(of: $0, in: document)) }.map(\.index))
    }
}

/// Judges one lesson's cells: its tolerances and sanitizers, compiled once.
struct Judge {
    let document: Document
    let checker: Checker
    let sanitizers: SanitizerSet

    /// A judge for `document` with `checker`'s options and the lesson's own settings.
    init(document: Document, checker: Checker) {
        self.document = document
        self.checker = checker
        sanitizers = SanitizerSet(
            [Sanitizer.objectAddresses, Sanitizer.figureSizes] + document.frontMatter.sanitize + checker.sanitizers)
    }

    /// How `result` fares, with the cell's tolerance and its place in the lesson.
    func verdict(for result: CellResult) -> CellVerdict {
        let tolerance = result.cell.options.tolerance ?? document.frontMatter.tolerance ?? checker.tolerance
            ?? OutputComparison.defaultTolerance
        return CellVerdict(
            path: document.path, result: result, status: status(of: result, tolerance: tolerance),
            place: document.place(of: result.cell))
    }

    private func status(of result: CellResult, tolerance: Double) -> CellVerdict.Status {
        guard result.ran else { return .skipped }
        let cell = result.cell
        if let error = result.error, !cell.options.expectError { return .unexpectedError(error) }
        if result.error == nil, cell.options.expectError { return .missingError }
        if cell.options.ignoreOutput { return .passed }
        guard let expected = cell.expected else {
            let actual = sanitizers.apply(result.plainText)
            return actual.isEmpty ? .passed : .missingExpected(actual: result.plainText)
        }
        // Outputs stored by Jupyter show a figure as matplotlib's repr, where Gradbook's own lessons describe it.
        let actual = sanitizers.apply(expected.text.contains("<Figure size ") ? result.jupyterText : result.plainText)
        let expectedText = sanitizers.apply(expected.text)
        guard let difference = OutputComparison.firstDifference(expected: expectedText, actual: actual, tolerance: tolerance)
        else { return .passed }
        return .mismatch(
            Mismatch(
                expected: expectedText, actual: actual, tolerance: tolerance, firstDifference: difference,
                firstLine: document.format == .markdown ? expected.fenceLine + 1 : nil))
    }
}
