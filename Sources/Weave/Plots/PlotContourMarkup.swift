import MicrogradScript

/// Contour sets as SVG paths: `contourf` as one even-odd filled path per band (its outlines and holes), `contour`
/// as one stroked path per level.
///
/// The bands of a filled contour sit in a group that carries their `alpha`, and each band is edged in its own
/// colour half a pixel wide: neighbouring bands then meet without the hairline gaps antialiasing leaves between
/// shapes, and the translucency is applied once to the whole, as matplotlib applies it to each band.
enum PlotContourMarkup {
    /// The markup of `contour`, the `index`-th artist of the panel's axes; "" if it has nothing to draw.
    static func markup(_ contour: Plot.Contour, index: Int, panel: PlotPanel) -> String {
        guard let grid = PlotContourGrid(contour) else { return "" }
        return contour.filled ? bands(contour, grid, index: index, panel: panel) : lines(contour, grid, index: index, panel: panel)
    }

    /// The filled bands, one even-odd path each, in a group carrying the alpha.
    private static func bands(_ contour: Plot.Contour, _ grid: PlotContourGrid, index: Int, panel: PlotPanel) -> String {
        let colours = contour.colours
        var paths = ""
        for (band, edges) in contour.bands.enumerated() where band < colours.count {
            let rings = PlotIsobands.rings(grid, lower: edges.lower, upper: edges.upper)
            let d = pathData(rings, closed: true, grid: grid, lower: edges.lower, upper: edges.upper, panel: panel)
            guard !d.isEmpty else { continue }
            let opaque = colours[band].with(alpha: 1)
            paths += "<path class=\"plot-band-\(band)\"" + PlotPaint.fill(opaque) + PlotPaint.stroke(opaque)
                + " d=\"" + d + "\"/>"
        }
        guard !paths.isEmpty else { return "" }
        let alpha = colours.first?.alpha ?? 1
        return "<g class=\"plot-contourf plot-artist-\(index)\"" + PlotPaint.opacity("opacity", alpha)
            + " fill-rule=\"evenodd\" stroke-width=\"0.5\" stroke-linejoin=\"round\">" + paths + "</g>"
    }

    /// The lines, one stroked path per level.
    private static func lines(_ contour: Plot.Contour, _ grid: PlotContourGrid, index: Int, panel: PlotPanel) -> String {
        let colours = contour.colours
        var monochrome = false
        if case .colours(let given) = contour.colouring { monochrome = Set(given.map(\.hex)).count == 1 }
        let range = contour.zRange
        var paths = ""
        for (position, level) in contour.levels.enumerated() where position < colours.count {
            let lines = PlotIsolines.lines(grid, level: level)
            let d = pathData(lines, closed: false, grid: grid, lower: level, upper: level, panel: panel)
            guard !d.isEmpty else { continue }
            // matplotlib dashes the negative levels of a one-colour contour (`contour.negative_linestyle`).
            var style = contour.lineStyle ?? .solid
            if contour.lineStyle == nil, monochrome, let range, level < -(range.upper - range.lower) * 1e-15 {
                style = .dashed
            }
            paths += "<path class=\"plot-level-\(position)\"" + PlotPaint.stroke(colours[position])
                + PlotPaint.dashes(style, widthPoints: contour.lineWidth) + " d=\"" + d + "\"/>"
        }
        guard !paths.isEmpty else { return "" }
        return "<g class=\"plot-contour plot-artist-\(index)\" fill=\"none\"" + PlotPaint.strokeWidth(points: contour.lineWidth)
            + " stroke-linejoin=\"round\">" + paths + "</g>"
    }

    /// Path data for rings or lines of grid keys, in pixels; points that add nothing (on a straight run, or on the
    /// same pixel hundredth as the last) are dropped.
    static func pathData(
        _ chains: [[Int]], closed: Bool, grid: PlotContourGrid, lower: Double, upper: Double, panel: PlotPanel
    ) -> String {
        var d = ""
        for chain in chains {
            var pixels: [PlotPixel] = []
            for key in chain {
                let point = grid.point(key, lower: lower, upper: upper)
                guard let pixel = panel.pixel(point.x, point.y) else { continue }
                let rounded = PlotPixel(x: (pixel.x * 100).rounded() / 100, y: (pixel.y * 100).rounded() / 100)
                if let last = pixels.last, last == rounded { continue }
                if pixels.count >= 2, isStraight(pixels[pixels.count - 2], pixels[pixels.count - 1], rounded) {
                    pixels[pixels.count - 1] = rounded
                } else {
                    pixels.append(rounded)
                }
            }
            if closed, pixels.count > 3, isStraight(pixels[pixels.count - 1], pixels[0], pixels[1]) {
                pixels.removeFirst()
            }
            guard pixels.count >= (closed ? 3 : 2) else { continue }
            for (position, pixel) in pixels.enumerated() {
                d += (position == 0 ? "M" : (position == 1 ? "L" : " "))
                    + PlotNumber.attribute(pixel.x) + " " + PlotNumber.attribute(pixel.y)
            }
            if closed { d += "Z" }
        }
        return d
    }

    /// Whether `b` lies on the segment from `a` to `c`, going the same way (so dropping it changes nothing).
    private static func isStraight(_ a: PlotPixel, _ b: PlotPixel, _ c: PlotPixel) -> Bool {
        let cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)
        let dot = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y)
        return abs(cross) < 1e-9 && dot > 0
    }
}
