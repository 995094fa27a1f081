import MicrogradScript

/// `gradbook run FILE.md`: runs one lesson and prints each cell's outputs under the cell's `path:line`.
public struct RunInvocation: Sendable {
    /// The lesson file.
    public var path: String
    /// Colours for the headings.
    public var style: ConsoleStyle
    /// The limits cells run under.
    public var limits: Limits

    /// Makes an invocation.
    public init(path: String, style: ConsoleStyle = .plain, limits: Limits = Limits()) {
        self.path = path
        self.style = style
        self.limits = limits
    }

    /// Runs the lesson. Exit 1 when a cell failed unexpectedly, 2 when the lesson cannot be read or parsed.
    public func perform() -> CommandOutcome {
        var outcome = CommandOutcome()
        let document: Document
        do {
            document = try LessonParser.load(path: path)
        } catch {
            outcome.complain(error.report)
            outcome.exitCode = ExitStatus.usage
            return outcome
        }
        let run = Runner(limits: limits).run(document)
        for result in run.cells {
            outcome.say(style.bold("\(path):\(result.cell.fenceLine)") + (result.ran ? "" : " (skipped)"))
            for output in result.outputs {
                if case .error(let diagnostic) = output {
                    let text = DiagnosticQuote.render(diagnostic, source: document.source)
                    outcome.say(result.cell.options.expectError ? text : style.removed(text))
                } else {
                    outcome.say(output.plainText)
                }
            }
            if result.failedUnexpectedly, result.error == nil {
                outcome.say(style.removed("\(path):\(result.cell.fenceLine): the cell is marked `expect-error` but finished without an error"))
            }
        }
        let failures = run.unexpectedFailures
        if !failures.isEmpty {
            let places = failures.map { "\(path):\($0.cell.fenceLine)" }.joined(separator: ", ")
            outcome.complain("\(failures.count) cell\(failures.count == 1 ? "" : "s") failed: \(places)")
            outcome.exitCode = ExitStatus.failure
        }
        return outcome
    }
}
