import MicrogradScript
import Notebook
import Testing

@testable import Weave

@Suite struct SiteReportTests {
    static func diagnostic(_ severity: Diagnostic.Severity) -> Diagnostic {
        Diagnostic(file: "a.md", line: 1, column: 1, kind: "GraphvizError", message: "layout failed", severity: severity)
    }

    /// A graph Graphviz could not draw was printed as an error, yet render exited 0 (found by the catalogue of
    /// bad inputs, with Graphviz's plugins missing).
    @Test func anErrorDiagnosticFailsTheRender() {
        #expect(SiteReport(diagnostics: [Self.diagnostic(.error)]).exitCode == 1)
    }

    @Test func warningsDoNotFailTheRender() {
        #expect(SiteReport(diagnostics: [Self.diagnostic(.warning)]).exitCode == 0)
        #expect(SiteReport(diagnostics: [Self.diagnostic(.warning)], invalidLessons: [LessonError(path: "a.md", diagnostics: [])]).exitCode == 2)
    }

    @Test func theSummaryNamesEveryFailureInPathOrder() {
        var report = SiteReport(written: ["out/c.html", "out/index.html"])
        #expect(report.closingLine(outputDirectory: "out") == "wrote 2 pages to out")
        report.diagnostics = [
            Diagnostic(file: "les/c.md", line: 2, column: 1, kind: "ImageWarning", message: "missing", severity: .warning),
            Diagnostic(file: "les/a.md", line: 6, column: 7, kind: "NameError", message: "name 'x' is not defined"),
            Diagnostic(file: "les/a.md", line: 2, column: 5, kind: "SyntaxError", message: "'[' was never closed"),
            Diagnostic(file: "out/d.html", line: 1, column: 1, kind: "WriteError", message: "Is a directory"),
        ]
        report.invalidLessons = [LessonError(path: "les/b.md", diagnostics: [])]
        #expect(
            report.closingLine(outputDirectory: "out")
                == "wrote 2 pages to out; failures: les/a.md:6 (NameError), les/a.md:2 (SyntaxError), "
                + "les/b.md (invalid lesson), out/d.html (not written)")
    }
}
