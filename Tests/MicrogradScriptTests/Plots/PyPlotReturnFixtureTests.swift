import Foundation
import Testing

/// What pyplot's calls return and how a cell shows them, against matplotlib 3.9.2 and IPython
/// (`Fixtures/PyPlotReturns/cells.json`, made by `make_return_fixtures.py` there). A cell's output is the
/// library's text, then Gradbook's rendition of the figure; addresses are compared as `at 0x…`.
@Suite struct PyPlotReturnFixtureTests {
    let fixtures: CellFixtures

    init() throws { fixtures = try CellFixtures.load("PyPlotReturns") }

    @Test func theFixturesComeFromMatplotlib392() { #expect(fixtures.versions["matplotlib"] == "3.9.2") }

    @Test(arguments: [
        "figure", "figure_default", "figure_after_drawing", "subplots_figure", "scatter", "scatter_repr", "plot",
        "plot_two_lines", "contourf", "contour", "limits", "hist", "bar", "reference_lines", "words", "legend",
        "colorbar", "axes", "axes_in_a_grid",
    ])
    func cellShowsWhatJupyterShows(_ name: String) throws {
        let fixture = try fixtures.source(name)
        let actual = run(fixture.source).replacingOccurrences(
            of: #"\bat 0x[0-9a-fA-F]+"#, with: "at 0x…", options: .regularExpression)
        let shown = actual.hasPrefix(fixture.output + "\n") || actual == fixture.output
        #expect(shown, "\(name): matplotlib shows\n\(fixture.output)\nGradbook shows\n\(actual)")
    }

    /// numpy arrays of the wrong shape get matplotlib's error.
    @Test(arguments: [
        "scatter_sizes", "plot_sizes", "contourf_grid_shapes", "contourf_vector_length", "contourf_z_1d",
        "contourf_z_3d", "contourf_xy_3d", "scatter_colours", "scatter_point_sizes", "hist_3d", "bar_heights",
    ])
    func arraysOfTheWrongShapeGetMatplotlibsError(_ name: String) throws {
        let fixture = try fixtures.source(name)
        #expect(run(fixture.source) == fixture.output)
    }

    /// The error stops the cell at the call that made it.
    @Test func shapeErrorsArePlacedAtTheirCall() {
        expectDiagnostic(
            "import numpy as np\nimport matplotlib.pyplot as plt\nxx, yy = np.meshgrid(np.arange(3.0), np.arange(2.0))\n"
                + "cs = 1️⃣plt.contourf(xx, yy, np.zeros((3, 2)))",
            "TypeError: Shapes of x (2, 3) and z (3, 2) do not match")
    }

    /// A figure's axes count as matplotlib counts them, and its size follows `set_size_inches`.
    @Test func figureReprFollowsTheFigure() {
        #expect(run("""
            import matplotlib.pyplot as plt
            fig = plt.figure()
            print(fig)
            plt.plot([1, 2])
            fig.set_size_inches(2.5, 1.25)
            print(repr(fig))
            plt.close()
            """) == "Figure(640x480)\n<Figure size 250x125 with 1 Axes>")
    }
}
