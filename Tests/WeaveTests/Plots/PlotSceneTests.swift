import MicrogradScript
import Testing
@testable import Weave

/// Figures against matplotlib 3.9.2: the scenes of `axes.json` (lines, scatters, filled and line contours with a
/// colour bar, the moons' decision boundary, histograms, bars, axhline, offsets and scientific factors, a grid
/// of axes, a wide figure) replayed on the model, then compared with what matplotlib showed, exactly.
@Suite("Plot scenes against matplotlib")
struct PlotSceneTests {
    @Test("view limits are matplotlib's autoscaled or set limits")
    func viewLimits() throws {
        for scene in try PlotScenes.load() {
            let plot = try PlotScenes.figure(scene)
            for (axes, expected) in zip(plot.axes, scene.results) {
                let x = axes.xViewLimits
                let y = axes.yViewLimits
                #expect([x.lower, x.upper] == expected.xlim, "\(scene.name)")
                #expect([y.lower, y.upper] == expected.ylim, "\(scene.name)")
            }
        }
    }

    @Test("ticks, their labels and the offset texts are matplotlib's")
    func ticks() throws {
        for scene in try PlotScenes.load() {
            let layout = PlotFigureLayout(try PlotScenes.figure(scene))
            for (panel, expected) in zip(layout.panels, scene.results) {
                #expect(panel.xTicks.ticks.map(\.value) == expected.xticks, "\(scene.name) x")
                #expect(panel.xTicks.ticks.map(\.label) == expected.xlabels, "\(scene.name) x")
                #expect(panel.yTicks.ticks.map(\.value) == expected.yticks, "\(scene.name) y")
                #expect(panel.yTicks.ticks.map(\.label) == expected.ylabels, "\(scene.name) y")
                #expect(panel.xTicks.offsetText == expected.xoffset, "\(scene.name) x offset")
                #expect(panel.yTicks.offsetText == expected.yoffset, "\(scene.name) y offset")
                if let labels = expected.colorbarLabels {
                    let bar = try #require(panel.colorbar, "\(scene.name)")
                    #expect(bar.ticks.ticks.map(\.value) == expected.colorbarTicks, "\(scene.name) colour bar")
                    #expect(bar.ticks.ticks.map(\.label) == labels, "\(scene.name) colour bar")
                }
            }
        }
    }

    @Test("scatter and contour colours, and contour levels, are matplotlib's")
    func colours() throws {
        func hex(_ colour: PlotColour) -> String {
            let alpha = Int((colour.alpha * 255).rounded(.toNearestOrEven))
            return colour.hex + (alpha < 16 ? "0" : "") + String(alpha, radix: 16)
        }
        for scene in try PlotScenes.load() {
            let plot = try PlotScenes.figure(scene)
            for (axes, expected) in zip(plot.axes, scene.results) {
                var scatters: [[String]] = []
                for artist in axes.artists {
                    switch artist {
                    case .scatter(let scatter):
                        scatters.append(scatter.faceColours.map(hex))
                    case .contour(let contour):
                        #expect(contour.levels == expected.levels, "\(scene.name)")
                        #expect(contour.colours.map(hex) == expected.contourColours, "\(scene.name)")
                    default:
                        break
                    }
                }
                // matplotlib keeps one colour for a scatter in one colour.
                let expectedScatters = expected.scatterColours ?? []
                #expect(scatters.count == expectedScatters.count, "\(scene.name)")
                for (mine, theirs) in zip(scatters, expectedScatters) {
                    #expect(theirs.count == 1 ? Set(mine) == Set(theirs) : mine == theirs, "\(scene.name)")
                }
            }
        }
    }

    @Test("marching squares: each band covers matplotlib's area, each level's lines have matplotlib's length")
    func contourGeometry() throws {
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }
        for scene in try PlotScenes.load() {
            let plot = try PlotScenes.figure(scene)
            for (axes, expected) in zip(plot.axes, scene.results) {
                for artist in axes.artists {
                    guard case .contour(let contour) = artist, let grid = PlotContourGrid(contour) else { continue }
                    if let areas = expected.bandAreas {
                        let mine = contour.bands.map { Self.area(grid, lower: $0.lower, upper: $0.upper) }
                        #expect(mine.count == areas.count, "\(scene.name)")
                        #expect(zip(mine, areas).allSatisfy(close), "\(scene.name): \(mine) against \(areas)")
                    }
                    if let lengths = expected.levelLengths {
                        let mine = contour.levels.map { Self.length(grid, level: $0) }
                        #expect(zip(mine, lengths).allSatisfy(close), "\(scene.name): \(mine) against \(lengths)")
                    }
                }
            }
        }
    }

    /// The area of a band: the signed areas (shoelace) of its rings, summed.
    private static func area(_ grid: PlotContourGrid, lower: Double, upper: Double) -> Double {
        var total = 0.0
        for ring in PlotIsobands.rings(grid, lower: lower, upper: upper) {
            let points = ring.map { grid.point($0, lower: lower, upper: upper) }
            for index in points.indices {
                let (a, b) = (points[index], points[(index + 1) % points.count])
                total += 0.5 * (a.x * b.y - b.x * a.y)
            }
        }
        return abs(total)
    }

    /// The total length of a level's lines.
    private static func length(_ grid: PlotContourGrid, level: Double) -> Double {
        var total = 0.0
        for line in PlotIsolines.lines(grid, level: level) {
            let points = line.map { grid.point($0, lower: level, upper: level) }
            for (a, b) in zip(points, points.dropFirst()) {
                let dx = b.x - a.x
                let dy = b.y - a.y
                total += (dx * dx + dy * dy).squareRoot()
            }
        }
        return total
    }
}
