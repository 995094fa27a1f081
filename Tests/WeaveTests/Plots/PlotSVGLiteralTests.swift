import MicrogradScript
import Testing
import Weave

@Suite("Plot SVG, byte for byte")
struct PlotSVGLiteralTests {
    @Test("a three-point line in a 3.2 × 2 inch figure")
    func tinyLine() throws {
        var axes = Plot.Axes()
        try axes.plot(xs: [0, 1, 2], ys: [1, 0.5, 0.25])
        axes.title = "tiny"
        let plot = Plot(size: Plot.Size(width: 3.2, height: 2), axes: axes)
        let expected = [
            ##"<svg xmlns="http://www.w3.org/2000/svg" class="plot" viewBox="0 0 320 200" width="100%" role="img" aria-label="tiny" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif">"##,
            ##"<title>tiny</title>"##,
            ##"<desc>plot: 1 series, figsize (3.2, 2.0)   title: tiny   line: 3 points, x 0.0 … 2.0, y 0.25 … 1.0, first (0.0, 1.0), last (2.0, 0.25)</desc>"##,
            ##"<g class="plot-axes plot-axes-0">"##,
            ##"<svg x="58.8" y="40" width="243.3" height="126" viewBox="58.8 40 243.3 126" overflow="hidden">"##,
            ##"<path class="plot-line plot-artist-0" fill="none" stroke="#1f77b4" stroke-width="2.08" stroke-linejoin="round" stroke-linecap="square" d="M69.86 45.73L180.45 122.09 291.04 160.27"/>"##,
            ##"</svg>"##,
            ##"<g class="plot-axis" fill="none" stroke="currentColor" stroke-opacity="0.6" shape-rendering="crispEdges">"##,
            ##"<path d="M58.8 40H302.1V166H58.8ZM69.86 166v5M125.15 166v5M180.45 166v5M235.75 166v5M291.04 166v5M58.8 137.36h-5M58.8 106.82h-5M58.8 76.27h-5M58.8 45.73h-5"/>"##,
            ##"</g>"##,
            ##"<g class="plot-tick-labels" fill="currentColor" fill-opacity="0.8" font-size="11">"##,
            ##"<g text-anchor="middle">"##,
            ##"<text x="69.86" y="183">0.0</text>"##,
            ##"<text x="125.15" y="183">0.5</text>"##,
            ##"<text x="180.45" y="183">1.0</text>"##,
            ##"<text x="235.75" y="183">1.5</text>"##,
            ##"<text x="291.04" y="183">2.0</text>"##,
            ##"</g>"##,
            ##"<g text-anchor="end">"##,
            ##"<text x="50.8" y="141.36">0.4</text>"##,
            ##"<text x="50.8" y="110.82">0.6</text>"##,
            ##"<text x="50.8" y="80.27">0.8</text>"##,
            ##"<text x="50.8" y="49.73">1.0</text>"##,
            ##"</g>"##,
            ##"</g>"##,
            ##"<text class="plot-title" x="180.45" y="30" text-anchor="middle" font-size="14" font-weight="600" fill="currentColor">tiny</text>"##,
            ##"</g>"##,
            ##"</svg>"##,
        ].joined()
        #expect(PlotSVG.render(plot) == expected)
    }
}
