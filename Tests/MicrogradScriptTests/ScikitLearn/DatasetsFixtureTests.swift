import Testing

/// `sklearn.datasets` against scikit-learn 1.5.2 (`Fixtures/ScikitLearn/cells.json`).
@Suite struct DatasetsFixtureTests {
    let fixtures: CellFixtures

    init() throws { fixtures = try CellFixtures.load("ScikitLearn") }

    @Test func theFixturesComeFromScikitLearn152() { #expect(fixtures.versions["scikit-learn"] == "1.5.2") }

    @Test func moons() throws { try fixtures.expectCase("moons") }
    @Test func circles() throws { try fixtures.expectCase("circles") }
    @Test func blobs() throws { try fixtures.expectCase("blobs") }
    @Test func validationErrors() throws { try fixtures.expectCase("errors") }
}
