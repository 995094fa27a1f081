import Testing

/// numpy as lessons import it, cell by cell against numpy 1.26.4 (`Fixtures/NumPy/cells.json`).
@Suite struct NumPyModuleFixtureTests {
    let fixtures: CellFixtures

    init() throws { fixtures = try CellFixtures.load("NumPy") }

    @Test func theFixturesComeFromNumPy1264() { #expect(fixtures.versions["numpy"] == "1.26.4") }

    @Test func creation() throws { try fixtures.expectCase("creation") }
    @Test func raggedInput() throws { try fixtures.expectCase("ragged") }
    @Test func joining() throws { try fixtures.expectCase("joining") }
    @Test func attributes() throws { try fixtures.expectCase("attributes") }
    @Test func methods() throws { try fixtures.expectCase("methods") }
    @Test func arithmetic() throws { try fixtures.expectCase("arithmetic") }
    @Test func inPlaceOperatorsWriteThroughViews() throws { try fixtures.expectCase("in_place") }
    @Test func indexingAndAssignment() throws { try fixtures.expectCase("indexing") }
    @Test func indexingErrors() throws { try fixtures.expectCase("index_errors") }
    @Test func iteration() throws { try fixtures.expectCase("iteration") }
    @Test func truthFormatAndHash() throws { try fixtures.expectCase("truth_format_hash") }
    @Test func ufuncs() throws { try fixtures.expectCase("ufuncs") }
    @Test func reductions() throws { try fixtures.expectCase("reductions") }
    @Test func printing() throws { try fixtures.expectCase("printing") }
}

/// `numpy.random` against numpy 1.26.4's legacy generator.
@Suite struct NumPyRandomFixtureTests {
    let fixtures: CellFixtures

    init() throws { fixtures = try CellFixtures.load("NumPy") }

    @Test func theGlobalGenerator() throws { try fixtures.expectCase("random_global") }
    @Test func randomStateObjects() throws { try fixtures.expectCase("random_state") }
    @Test func numpysErrors() throws { try fixtures.expectCase("random_errors") }
    @Test("unseeded generators are keyed by the lesson's seed and a counter") func unseeded() throws {
        try fixtures.expectCase("unseeded")
    }
}

/// micrograd's demo.ipynb: the data, the loss function with batches, and the decision boundary's grid, as written.
@Suite struct MoonsDemoFixtureTests {
    @Test func theDemosNumpyRunsAsWritten() throws { try CellFixtures.load("NumPy").expectCase("demo") }
}
