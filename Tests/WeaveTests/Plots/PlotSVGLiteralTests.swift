import MicrogradScript
import Testing
import Weave

@Suite("Plot SVG, byte for byte")
struct PlotSVGLiteralTests {
    @Test("a three-point line in a 320 × 200 plot")
    func tinyLine() {
        let plot = Plot(series: [.init(kind: .line, xs: [0, 1, 2], ys: [1, 0.5, 0.25])], title: "tiny")
        let expected = [
            ##"<svg xmlns="http://www.w3.org/2000/svg" class="plot" viewBox="0 0 320 200" width="100%" role="img" aria-label="tiny" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif">"##,
            ##"<title>tiny</title>"##,
            ##"<g class="plot-axis" fill="none" stroke="currentColor" stroke-opacity="0.6" shape-rendering="crispEdges">"##,
            ##"<path d="M56.8 40V170H296M56.8 170v5M176.4 170v5M296 170v5M56.8 170h-5M56.8 105h-5M56.8 40h-5"/>"##,
            ##"</g>"##,
            ##"<g class="plot-tick-labels" fill="currentColor" fill-opacity="0.8" font-size="11">"##,
            ##"<g text-anchor="middle">"##,
            ##"<text x="56.8" y="187">0</text>"##,
            ##"<text x="176.4" y="187">1</text>"##,
            ##"<text x="296" y="187">2</text>"##,
            ##"</g>"##,
            ##"<g text-anchor="end">"##,
            ##"<text x="48.8" y="174">0</text>"##,
            ##"<text x="48.8" y="109">0.5</text>"##,
            ##"<text x="48.8" y="44">1</text>"##,
            ##"</g>"##,
            ##"</g>"##,
            ##"<path class="plot-series plot-series-0 plot-line" fill="none" stroke="#0072B2" stroke-width="2" stroke-linejoin="round" stroke-linecap="round" d="M56.8 40L176.4 105 296 137.5"/>"##,
            ##"<text class="plot-title" x="176.4" y="24" text-anchor="middle" font-size="14" font-weight="600" fill="currentColor">tiny</text>"##,
            ##"</svg>"##,
        ].joined()
        #expect(PlotSVG.render(plot, width: 320, height: 200) == expected)
    }
}
