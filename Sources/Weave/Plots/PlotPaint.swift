import MicrogradScript

/// Colours as SVG attributes: `fill="#1f77b4"`, with an opacity attribute only when the colour is translucent,
/// and lengths in points turned into pixels (the SVG has 100 pixels to the inch, as matplotlib's default figure).
enum PlotPaint {
    /// Pixels per point: 100 / 72.
    static let pixelsPerPoint = 100.0 / 72.0

    /// ` fill="#rrggbb"`, and ` fill-opacity="…"` when the colour is not opaque.
    static func fill(_ colour: PlotColour) -> String {
        " fill=\"" + colour.hex + "\"" + opacity("fill-opacity", colour.alpha)
    }

    /// ` stroke="#rrggbb"`, and ` stroke-opacity="…"` when the colour is not opaque.
    static func stroke(_ colour: PlotColour) -> String {
        " stroke=\"" + colour.hex + "\"" + opacity("stroke-opacity", colour.alpha)
    }

    /// ` name="alpha"` unless the alpha is 1.
    static func opacity(_ name: String, _ alpha: Double) -> String {
        guard alpha < 1 else { return "" }
        return " " + name + "=\"" + PlotNumber.attribute(max(alpha, 0)) + "\""
    }

    /// ` stroke-width="…"` for a width in points.
    static func strokeWidth(points: Double) -> String {
        " stroke-width=\"" + PlotNumber.attribute(points * pixelsPerPoint) + "\""
    }

    /// ` stroke-dasharray="…"` for a line style at a width in points, or "" for a solid line.
    static func dashes(_ style: Plot.LineStyle, widthPoints: Double) -> String {
        let pattern = style.dashPattern
        guard !pattern.isEmpty else { return "" }
        let scaled = pattern.map { PlotNumber.attribute($0 * widthPoints * pixelsPerPoint) }
        return " stroke-dasharray=\"" + scaled.joined(separator: " ") + "\""
    }
}
