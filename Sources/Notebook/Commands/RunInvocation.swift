import MicrogradScript

/// `gradbook run FILE`: runs one lesson (Markdown or notebook) and prints each cell's outputs under its place.
public struct RunInvocation: Sendable {
    /// The lesson file.
    public var path: String
    /// Colours for the headings.
    public var style: ConsoleStyle
    /// The limits cells run under.
    public var limits: Limits
    /// `-k EXPRESSION`: print only the cells it selects (the cells before the last one selected still run).
    public var selection: String?

    /// Makes an invocation.
    public init(path: String, style: ConsoleStyle = .plain, limits: Limits = Limits(), selection: String? = nil) {
        self.path = path
        self.style = style
        self.limits = limits
        self.selection = selection
    }

    /// Runs the lesson. Exit 1 when a printed cell failed unexpectedly, 2 when the lesson cannot be read or
    /// parsed or `-k` cannot be.
    public func perform() -> CommandOutcome {
        var outcome = CommandOutcome()
        var chosen: CellSelection?
        if let selection {
            switch CellSelection.parse(selection) {
            case .success(let parsed): chosen = parsed
            case .failure(let error):
                outcome.complain("error: \(error.description)")
                outcome.exitCode = ExitStatus.usage
                return outcome
            }
        }
        let document: Document
        do {
            document = try LessonParser.load(path: path)
        } catch {
            outcome.complain(error.report)
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        let wanted = Checker(selection: chosen).selected(in: document)
        guard let last = wanted.max() else {
            if let selection { outcome.say("-k '\(selection)' selects no cell of \(path)") }
            return outcome
        }
        let run = Runner(limits: limits).run(document, through: last)
        for result in run.cells where wanted.contains(result.cell.index) {
            let place = document.place(of: result.cell)
            outcome.say(style.bold(place) + (result.ran ? "" : " (skipped)"))
            for output in result.outputs {
                if case .error(let diagnostic) = output {
                    let text = DiagnosticQuote.render(diagnostic, source: document.quotedText(for: diagnostic))
                    outcome.say(result.cell.options.expectError ? text : style.removed(text))
                } else {
                    outcome.say(output.plainText)
                }
            }
            if result.failedUnexpectedly, result.error == nil {
                outcome.say(style.removed("\(place): the cell is marked `expect-error` but finished without an error"))
            }
        }
        let failures = run.cells.filter { wanted.contains($0.cell.index) && $0.failedUnexpectedly }
        if !failures.isEmpty {
            let places = failures.map { document.place(of: $0.cell) }.joined(separator: ", ")
            outcome.complain("\(failures.count) cell\(failures.count == 1 ? "" : "s") failed: \(places)")
            outcome.exitCode = ExitStatus.failure
        }
        return outcome
    }
}
