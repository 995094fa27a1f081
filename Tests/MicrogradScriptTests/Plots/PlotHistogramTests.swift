import MicrogradScript
import Testing

/// Histograms against numpy 1.26.4 (`Fixtures/Plots/histograms.json`): bin edges and counts, exactly.
@Suite("Plot histograms against numpy")
struct PlotHistogramTests {
    @Test("np.histogram's edges and counts, for equal bins, a range, and explicit edges")
    func histogramsEqualNumpy() throws {
        let fixture = try PlotFixtures.load("histograms.json", as: PlotFixtures.Histograms.self)
        #expect(fixture.cases.count == 47)
        for entry in fixture.cases {
            let histogram: Plot.Histogram
            if let edges = entry.edgesGiven {
                histogram = try PlotHistogramBins.explicit(values: entry.values, edges: edges)
            } else {
                let range = entry.range ?? []
                histogram = try PlotHistogramBins.equalWidth(
                    values: entry.values, bins: try #require(entry.bins),
                    range: range.count == 2 ? (range[0], range[1]) : nil)
            }
            #expect(histogram.edges == entry.edges)
            #expect(histogram.counts == entry.counts)
        }
    }

    @Test("numpy's complaints")
    func errors() {
        #expect(throws: PlotError.value("`bins` must be positive, when an integer")) {
            try PlotHistogramBins.equalWidth(values: [1], bins: 0, range: nil)
        }
        #expect(throws: PlotError.value("max must be larger than min in range parameter.")) {
            try PlotHistogramBins.equalWidth(values: [1], bins: 2, range: (3, 1))
        }
        #expect(throws: PlotError.value("autodetected range of [nan, nan] is not finite")) {
            try PlotHistogramBins.equalWidth(values: [1, .nan], bins: 2, range: nil)
        }
    }
}
