import MicrogradScript
import Testing

/// The plot model's small readers and rules, stated literally against matplotlib's behaviour.
@Suite("Plot model")
struct PlotModelTests {
    @Test("format strings read as matplotlib's _process_plot_format reads them")
    func formatStrings() throws {
        let dashedRed = try Plot.FormatString("r--")
        #expect(dashedRed.colour?.hex == "#ff0000")
        #expect(dashedRed.lineStyle == .dashed && dashedRed.marker == nil)
        let markers = try Plot.FormatString("o")
        #expect(markers.lineStyle == Plot.LineStyle.none && markers.marker == .circle && markers.colour == nil)
        let both = try Plot.FormatString("C1^-.")
        #expect(both.colour?.hex == "#ff7f0e" && both.marker == .triangleUp && both.lineStyle == .dashDot)
        #expect(try Plot.FormatString("red").colour?.hex == "#ff0000")
        #expect(try Plot.FormatString("0.5").colour?.hex == "#808080")
        #expect(throws: PlotError.value("'rx-k' is not a valid format string (two color symbols)")) {
            try Plot.FormatString("rx-k")
        }
        #expect(throws: PlotError.value("'--:' is not a valid format string (two linestyle symbols)")) {
            try Plot.FormatString("--:")
        }
        #expect(throws: PlotError.value("'q' is not a valid format string (unrecognized character 'q')")) {
            try Plot.FormatString("q")
        }
    }

    @Test("colour spellings: letters, the cycle, CSS4 and tab: names, hex, grey levels, none")
    func colours() {
        let spellings = ["g", "c", "C0", "C11", "DarkBlue", "tab:orange", "#abc", "#11223380", "0.25", "none"]
        #expect(spellings.map { PlotColour(spelling: $0)?.hex } == [
            "#008000", "#00bfbf", "#1f77b4", "#ff7f0e", "#00008b", "#ff7f0e", "#aabbcc", "#112233", "#404040",
            "#000000",
        ])
        #expect(PlotColour(spelling: "#11223380")?.alpha == 128.0 / 255)
        #expect(PlotColour(spelling: "none")?.alpha == 0)
        #expect(PlotColour(spelling: "1.5") == nil)
        #expect(PlotColour(spelling: "bluish") == nil)
        #expect(PlotColour(channels: [1, 0, 0, 0.5])?.alpha == 0.5)
        #expect(PlotColour(channels: [1, 2, 0]) == nil)
        // matplotlib's to_hex rounds half to even: 0.5 × 255 = 127.5 → 128 ("80").
        #expect(PlotColour(red: 0.5, green: 0.5, blue: 0.5).hex == "#808080")
    }

    @Test("the line cycle and the patch cycle advance separately, and only for artists that name no colour")
    func cycles() throws {
        var axes = Plot.Axes()
        try axes.plot(xs: nil, ys: [1, 2])
        try axes.plot(xs: nil, ys: [1, 2], options: Plot.LineOptions(colour: PlotColour(spelling: "k")))
        try axes.scatter(xs: [1], ys: [1])
        try axes.plot(xs: nil, ys: [1, 2])
        try axes.hist(values: [1, 2])
        try axes.bar(x: .numbers([1]), heights: [1])
        var colours: [String] = []
        for artist in axes.artists {
            switch artist {
            case .line(let line): colours.append(line.drawnColour.hex)
            case .scatter(let scatter): colours.append(scatter.faceColours.first?.hex ?? "")
            case .bars(let bars): colours.append(bars.colour(at: 0).hex)
            default: break
            }
        }
        #expect(colours == ["#1f77b4", "#000000", "#1f77b4", "#ff7f0e", "#2ca02c", "#ff7f0e"])
    }

    @Test("a one-axes figure reads as plots always read; a grid lists its axes")
    func plainText() throws {
        var single = Plot()
        try single.axes[0].plot(xs: [0, 1], ys: [1, 0])
        single.axes[0].grid(visible: true)
        #expect(single.plainText == """
            plot: 1 series, grid
              line: 2 points, x 0.0 … 1.0, y 0.0 … 1.0, first (0.0, 1.0), last (1.0, 0.0)
            """)
        var grid = Plot(size: Plot.Size(width: 8, height: 3), rows: 1, columns: 2)
        try grid.axes[1].contour(filled: false, x: nil, y: nil, z: [[0, 0.5], [0.25, 1]],
                                 options: Plot.ContourOptions(levels: .count(3)))
        grid.axes[1].showsAxis = false
        #expect(grid.plainText == """
            figure: 1×2 axes, figsize (8.0, 3.0)
              axes (1, 1): empty
              axes (1, 2): 1 series, axis off
                contour: grid (2, 2), x 0.0 … 1.0, y 0.0 … 1.0, z 0.0 … 1.0, mean 0.4375, levels [0.0, 0.25, 0.5, 0.75, 1.0]
            """)
        #expect(grid.isEmpty == false)
        #expect(Plot().isEmpty)
    }

    @Test("contourf's vmin and vmax move the colormap's ends, as matplotlib's norm does")
    func contourNormalization() throws {
        var axes = Plot.Axes()
        let contour = try axes.contour(filled: true, x: nil, y: nil, z: [[0, 1], [2, 3]],
                                       options: Plot.ContourOptions(lower: -3, upper: 3))
        // matplotlib 3.9.2: contourf([[0, 1], [2, 3]], vmin=-3, vmax=3).get_facecolor()
        #expect(contour.colours.map(\.hex) == [
            "#1f988b", "#22a884", "#35b779", "#54c568", "#7ad151", "#a5db36", "#d2e21b", "#fde725",
        ])
    }
}
