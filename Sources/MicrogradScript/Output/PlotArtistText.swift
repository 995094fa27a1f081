import Micrograd

/// One artist's rendition line: its kind and label, its data summarised, then the styles that differ from
/// matplotlib's defaults.
enum PlotArtistText {
    /// `line "train": 20 points, x 0.0 … 19.0, y …, first (0.0, 5.2), last (19.0, 0.03), style '--'`.
    static func line(_ artist: Plot.Artist) -> String {
        switch artist {
        case .line(let line): return self.line(line)
        case .scatter(let scatter): return self.scatter(scatter)
        case .contour(let contour): return self.contour(contour)
        case .bars(let bars): return self.bars(bars)
        case .referenceLine(let line): return referenceLine(line)
        case .text(let text):
            return "text: " + PlotTextNumbers.pair(text.x, text.y) + " \"" + TextEscaping.singleLine(text.string) + "\""
        }
    }

    /// The artist's kind, as its function is named: `line`, `scatter`, `contourf`, `hist`, …
    static func kind(_ artist: Plot.Artist) -> String {
        switch artist {
        case .line: "line"
        case .scatter: "scatter"
        case .contour(let contour): contour.filled ? "contourf" : "contour"
        case .bars(let bars): bars.histogram == nil ? "bar" : "hist"
        case .referenceLine(let line): line.orientation.rawValue
        case .text: "text"
        }
    }

    /// `line "label"`, or `line` without a label.
    private static func head(_ kind: String, _ label: String?) -> String {
        guard let label else { return kind }
        return kind + " \"" + TextEscaping.singleLine(label) + "\""
    }

    /// `, first (x, y), last (x, y)` of the paired points.
    private static func ends(_ xs: [Double], _ ys: [Double]) -> String {
        var text = ""
        if let x = xs.first, let y = ys.first { text += ", first " + PlotTextNumbers.pair(x, y) }
        if min(xs.count, ys.count) > 1, let x = xs.last, let y = ys.last {
            text += ", last " + PlotTextNumbers.pair(x, y)
        }
        return text
    }

    /// `, x lo … hi, y lo … hi` of the finite values.
    private static func ranges(_ xs: [Double], _ ys: [Double]) -> String {
        guard let xRange = PlotTextNumbers.range(xs), let yRange = PlotTextNumbers.range(ys) else { return "" }
        return ", x " + xRange + ", y " + yRange
    }

    /// A line's summary and the styles it was given.
    private static func line(_ line: Plot.Line) -> String {
        var text = head("line", line.label) + ": \(line.xs.count) points" + ranges(line.xs, line.ys)
            + ends(line.xs, line.ys)
        if let colour = line.colour { text += ", color " + colour.hex }
        if line.lineStyle != .solid { text += ", style '\(line.lineStyle.rawValue)'" }
        if let marker = line.marker { text += ", marker '\(marker.rawValue)'" }
        if line.lineWidth != Plot.Line.defaultWidth { text += ", linewidth " + PythonFloat.repr(line.lineWidth) }
        if line.marker != nil, line.markerSize != Plot.Line.defaultMarkerSize {
            text += ", markersize " + PythonFloat.repr(line.markerSize)
        }
        if let alpha = line.alpha { text += ", alpha " + PythonFloat.repr(alpha) }
        return text
    }

    /// A scatter's summary: its colours (classes, a range, or named colours) and styles.
    private static func scatter(_ scatter: Plot.Scatter) -> String {
        var text = head("scatter", scatter.label) + ": \(scatter.xs.count) points" + ranges(scatter.xs, scatter.ys)
        var style = ""
        switch scatter.colouring {
        case .single(let colour):
            style += ", color " + colour.hex
        case .each(let colours):
            var counts: [String: Int] = [:]
            for colour in colours { counts[colour.hex, default: 0] += 1 }
            style += ", colors {" + counts.keys.sorted().map { "\($0): \(counts[$0] ?? 0)" }.joined(separator: ", ") + "}"
        case .mapped(let values, let colormap, let normalization):
            if let classes = PlotTextNumbers.counts(values) {
                text += ", classes " + classes
            } else if let range = PlotTextNumbers.range(values) {
                text += ", c " + range
            }
            if colormap.name != PlotColormap.defaultName || colormap.count != 256 {
                style += ", cmap '\(colormap.name)'"
            }
            if scatter.normalizationWasGiven {
                style += ", norm " + PlotTextNumbers.pair(normalization.lower, normalization.upper)
            }
        }
        text += ends(scatter.xs, scatter.ys) + style
        if scatter.sizes.count == 1, let size = scatter.sizes.first, size != Plot.Scatter.defaultSize {
            text += ", s " + PythonFloat.repr(size)
        } else if scatter.sizes.count > 1, let range = PlotTextNumbers.range(scatter.sizes) {
            text += ", s " + range
        }
        if scatter.marker != .circle { text += ", marker '\(scatter.marker.rawValue)'" }
        if let alpha = scatter.alpha { text += ", alpha " + PythonFloat.repr(alpha) }
        if let edge = scatter.edgeColour { text += ", edgecolor " + edge.hex }
        return text
    }

    /// A contour set's grid, values, levels and colours.
    private static func contour(_ contour: Plot.Contour) -> String {
        let shape = contour.shape
        var text = (contour.filled ? "contourf" : "contour") + ": grid (\(shape.rows), \(shape.columns))"
        if let xRange = PlotTextNumbers.range(Array(contour.xs.joined())),
           let yRange = PlotTextNumbers.range(Array(contour.ys.joined())) {
            text += ", x " + xRange + ", y " + yRange
        }
        text += ", z " + zSummary(contour)
        text += ", levels " + PlotTextNumbers.list(contour.levels)
        switch contour.colouring {
        case .colormap(let colormap):
            if colormap.name != PlotColormap.defaultName || colormap.count != 256 {
                text += ", cmap '\(colormap.name)'"
            }
        case .colours(let colours):
            text += ", colors [" + colours.map(\.hex).joined(separator: ", ") + "]"
        }
        if let normalization = contour.normalization {
            text += ", norm " + PlotTextNumbers.pair(normalization.lower, normalization.upper)
        }
        if let alpha = contour.alpha { text += ", alpha " + PythonFloat.repr(alpha) }
        if !contour.filled, contour.lineWidth != Plot.Line.defaultWidth {
            text += ", linewidth " + PythonFloat.repr(contour.lineWidth)
        }
        if let style = contour.lineStyle { text += ", style '\(style.rawValue)'" }
        return text
    }

    /// `{False: 4761, True: 3429}` for booleans, counts for a few whole numbers, else the range and the mean.
    private static func zSummary(_ contour: Plot.Contour) -> String {
        let values = Array(contour.z.joined())
        if contour.zIsBoolean {
            let trues = values.filter { $0 != 0 }.count
            return "{False: \(values.count - trues), True: \(trues)}"
        }
        if let counts = PlotTextNumbers.counts(values) { return counts }
        let finite = values.filter(\.isFinite)
        guard let range = PlotTextNumbers.range(finite) else { return "nan" }
        let mean = finite.reduce(0, +) / Double(finite.count)
        return range + ", mean " + PythonFloat.repr(mean)
    }

    /// A histogram's bins and counts, or bars' positions and heights.
    private static func bars(_ bars: Plot.Bars) -> String {
        if let histogram = bars.histogram {
            var text = head("hist", bars.label) + ": \(histogram.valueCount) values, \(histogram.counts.count) bins"
            if let range = PlotTextNumbers.range(histogram.edges) { text += " " + range }
            text += histogram.density ? ", density " : ", counts "
            text += PlotTextNumbers.list(histogram.counts, limit: 30)
            return text + barStyle(bars)
        }
        let centres = (0..<bars.count).map { bars.lefts[$0] + bars.widths[$0] / 2 }
        var text = head("bar", bars.label) + ": \(bars.count) bars"
        if let categories = bars.categories {
            // Category n stands at x = n: name each bar by the category at its centre.
            let names = centres.map { centre -> String in
                let index = centre.isFinite ? Int(centre.rounded()) : -1
                return categories.indices.contains(index) ? categories[index] : PythonFloat.repr(centre)
            }
            text += ", x [" + names.map { "'" + TextEscaping.singleLine($0) + "'" }.joined(separator: ", ") + "]"
        } else {
            text += ", x " + PlotTextNumbers.list(centres, limit: 12)
        }
        text += ", height " + PlotTextNumbers.list(bars.heights, limit: 12)
        let widths = Set(bars.widths)
        if widths.count == 1, let width = widths.first {
            if width != 0.8 { text += ", width " + PythonFloat.repr(width) }
        } else if let range = PlotTextNumbers.range(bars.widths) {
            text += ", width " + range
        }
        if bars.bottoms.contains(where: { $0 != 0 }) { text += ", bottom " + PlotTextNumbers.list(bars.bottoms, limit: 12) }
        return text + barStyle(bars)
    }

    /// The colours, edge and alpha bars were given.
    private static func barStyle(_ bars: Plot.Bars) -> String {
        var text = ""
        if bars.colourWasGiven {
            let spellings = bars.colours.map(\.hex)
            text += spellings.count == 1 ? ", color " + spellings[0] : ", colors [" + spellings.joined(separator: ", ") + "]"
        }
        if let edge = bars.edgeColour { text += ", edgecolor " + edge.hex }
        if let alpha = bars.alpha { text += ", alpha " + PythonFloat.repr(alpha) }
        return text
    }

    /// An axhline's or axvline's value, extent and style.
    private static func referenceLine(_ line: Plot.ReferenceLine) -> String {
        let axis = line.orientation == .horizontal ? "y" : "x"
        var text = head(line.orientation.rawValue, line.label) + ": " + axis + " " + PythonFloat.repr(line.position)
        if line.start != 0 || line.end != 1 {
            text += ", from " + PythonFloat.repr(line.start) + " to " + PythonFloat.repr(line.end)
        }
        if let colour = line.colour { text += ", color " + colour.hex }
        if line.lineStyle != .solid { text += ", style '\(line.lineStyle.rawValue)'" }
        if line.lineWidth != Plot.Line.defaultWidth { text += ", linewidth " + PythonFloat.repr(line.lineWidth) }
        if let alpha = line.alpha { text += ", alpha " + PythonFloat.repr(alpha) }
        return text
    }
}
