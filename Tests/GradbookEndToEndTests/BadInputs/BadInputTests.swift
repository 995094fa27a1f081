import Foundation
import Testing

/// The catalogue of bad inputs, run through the built `gradbook` (see `BadInput` for what each case checks).
@Suite
struct BadInputTests {
    static let all = BadInput.syntaxErrors + BadInput.runtimeErrors + BadInput.runaways + BadInput.lessonFiles
        + BadInput.siteProblems + BadInput.awkwardOutputs

    @Test(arguments: BadInput.syntaxErrors) func syntaxError(_ input: BadInput) throws { try input.verify() }
    @Test(arguments: BadInput.runtimeErrors) func runtimeError(_ input: BadInput) throws { try input.verify() }
    @Test(arguments: BadInput.runaways) func runaway(_ input: BadInput) throws { try input.verify() }
    @Test(arguments: BadInput.lessonFiles) func lessonFile(_ input: BadInput) throws { try input.verify() }
    @Test(arguments: BadInput.siteProblems) func siteProblem(_ input: BadInput) throws { try input.verify() }
    @Test(arguments: BadInput.awkwardOutputs) func awkwardOutput(_ input: BadInput) throws { try input.verify() }

    @Test func theCatalogueHoldsAtLeastFortyDistinctInputs() {
        #expect(Self.all.count >= 40)
        #expect(Set(Self.all.map(\.name)).count == Self.all.count)
        #expect(Set(Self.all.map(\.files)).count == Self.all.count)
    }
}
