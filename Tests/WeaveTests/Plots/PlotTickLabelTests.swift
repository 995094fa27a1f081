import Testing
@testable import Weave

@Suite("Tick labels")
struct PlotTickLabelTests {
    @Test("compact decimal spelling of multiple × 10^exponent", arguments: [
        (-5, 0, "-5"), (25, -2, "0.25"), (1, -5, "1e-05"), (2, 6, "2e+06"), (100_000, 0, "100000"), (15, -1, "1.5"),
        (3, -1, "0.3"), (120, -2, "1.2"), (0, -3, "0"), (-25, -6, "-2.5e-05"), (5, -4, "0.0005"), (12, 5, "1.2e+06"),
        (40, 1, "400"), (-1, 0, "-1"),
    ])
    func labels(multiple: Int, exponent: Int, expected: String) {
        #expect(PlotTickLabel.format(multiple: multiple, exponent: exponent) == expected)
    }
}
