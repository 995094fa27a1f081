import MicrogradScript
import Testing

/// Contour levels against matplotlib 3.9.2 (`Fixtures/Plots/levels.json`): `contourf(Z).levels` and
/// `contour(Z).levels` for 50 value ranges and five level counts, exactly.
@Suite("Plot contour levels against matplotlib")
struct PlotContourLevelsTests {
    @Test("automatic levels are MaxNLocator's, trimmed as ContourSet trims them")
    func automaticLevels() throws {
        let fixture = try PlotFixtures.load("levels.json", as: PlotFixtures.Levels.self)
        #expect(fixture.cases.count == 275)
        for entry in fixture.cases {
            let count = entry.count ?? PlotContourLevels.defaultCount
            let label = "z \(entry.zmin)…\(entry.zmax), \(count) levels"
            #expect(PlotContourLevels.automatic(count: count, zMin: entry.zmin, zMax: entry.zmax, filled: true)
                    == entry.filled, "\(label), filled")
            #expect(PlotContourLevels.automatic(count: count, zMin: entry.zmin, zMax: entry.zmax, filled: false)
                    == entry.lines, "\(label), lines")
        }
    }

    @Test("boolean values get [0, 0.5, 1] filled and [0.5] as lines")
    func booleanLevels() throws {
        let boolean = try PlotFixtures.load("levels.json", as: PlotFixtures.Levels.self).boolean
        #expect(PlotContourLevels.standard(zMin: 0, zMax: 1, zIsBoolean: true, filled: true) == boolean.filled)
        #expect(PlotContourLevels.standard(zMin: 0, zMax: 1, zIsBoolean: true, filled: false) == boolean.lines)
    }

    @Test("explicit levels must increase; filled contours need two")
    func explicitLevels() {
        #expect(throws: PlotError.value("Contour levels must be increasing")) {
            try PlotContourLevels.explicit([0, 2, 1], filled: false)
        }
        #expect(throws: PlotError.value("Filled contours require at least 2 levels.")) {
            try PlotContourLevels.explicit([1], filled: true)
        }
        #expect((try? PlotContourLevels.explicit([0.5], filled: false)) == [0.5])
    }
}
