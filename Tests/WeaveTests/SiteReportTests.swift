import MicrogradScript
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
        #expect(SiteReport(diagnostics: [Self.diagnostic(.warning)], invalidLessons: ["a.md: bad"]).exitCode == 2)
    }
}
