import Testing
@testable import Weave

@Suite("Numbers in SVG attributes")
struct PlotNumberTests {
    @Test("two decimals at most, trailing zeros dropped", arguments: [
        (12.345, "12.35"), (40.0, "40"), (0.5, "0.5"), (0.05, "0.05"), (-3.1, "-3.1"), (7.999, "8"), (100.1, "100.1"),
    ])
    func rounding(value: Double, expected: String) {
        #expect(PlotNumber.attribute(value) == expected)
    }

    @Test("never -0, NaN or an exponent")
    func awkwardValues() {
        #expect(PlotNumber.attribute(-0.001) == "0")
        #expect(PlotNumber.attribute(-0.0) == "0")
        #expect(PlotNumber.attribute(.nan) == "0")
        #expect(PlotNumber.attribute(-.infinity) == "0")
        #expect(PlotNumber.attribute(1e20) == "1000000000")
        #expect(PlotNumber.attribute(-1e-20) == "0")
    }
}
