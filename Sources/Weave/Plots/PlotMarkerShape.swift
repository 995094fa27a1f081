import Foundation
import MicrogradScript

/// Marker shapes as SVG elements, sized as matplotlib sizes them: a marker of size `d` (points, or √s for a
/// scatter's area `s`) spans `d` across — a circle of diameter `d`, a square of side `d`, a triangle `d` wide
/// and tall. Paint comes from the enclosing group.
enum PlotMarkerShape {
    /// The element of `marker` centred at `centre`, `size` pixels across.
    static func element(_ marker: Plot.Marker, at centre: PlotPixel, size: Double) -> String {
        let half = size / 2
        switch marker {
        case .circle: return circle(centre, radius: half)
        case .point: return circle(centre, radius: half / 2)
        case .pixel: return polygon(centre, [(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)], scale: 1)
        case .square: return polygon(centre, [(-1, -1), (1, -1), (1, 1), (-1, 1)], scale: half)
        case .triangleUp: return polygon(centre, [(0, 1), (-1, -1), (1, -1)], scale: half)
        case .triangleDown: return polygon(centre, [(0, -1), (1, 1), (-1, 1)], scale: half)
        case .triangleLeft: return polygon(centre, [(-1, 0), (1, -1), (1, 1)], scale: half)
        case .triangleRight: return polygon(centre, [(1, 0), (-1, 1), (-1, -1)], scale: half)
        case .diamond:
            let r = 2.0.squareRoot()
            return polygon(centre, [(0, r), (-r, 0), (0, -r), (r, 0)], scale: half)
        case .thinDiamond:
            let r = 2.0.squareRoot()
            return polygon(centre, [(0, r), (-0.6 * r, 0), (0, -r), (0.6 * r, 0)], scale: half)
        case .pentagon: return polygon(centre, regular(5, rotation: 0), scale: half)
        case .hexagon: return polygon(centre, regular(6, rotation: 0), scale: half)
        case .hexagonRotated: return polygon(centre, regular(6, rotation: 30), scale: half)
        case .octagon: return polygon(centre, regular(8, rotation: 22.5), scale: half)
        case .star: return polygon(centre, star(), scale: half)
        case .plusFilled:
            let arms: [(Double, Double)] = [(-1, -3), (-1, -1), (-3, -1), (-3, 1), (-1, 1), (-1, 3), (1, 3), (1, 1),
                                            (3, 1), (3, -1), (1, -1), (1, -3)]
            return polygon(centre, arms.map { ($0.0 / 3, $0.1 / 3) }, scale: half)
        case .crossFilled:
            let arms: [(Double, Double)] = [(-1, -3), (-1, -1), (-3, -1), (-3, 1), (-1, 1), (-1, 3), (1, 3), (1, 1),
                                            (3, 1), (3, -1), (1, -1), (1, -3)]
            let turn = 0.5.squareRoot()
            return polygon(centre, arms.map { (($0.0 - $0.1) * turn / 3, ($0.0 + $0.1) * turn / 3) }, scale: half)
        case .plus: return strokes(centre, [((-1, 0), (1, 0)), ((0, -1), (0, 1))], scale: half)
        case .cross: return strokes(centre, [((-1, -1), (1, 1)), ((-1, 1), (1, -1))], scale: half)
        case .verticalLine: return strokes(centre, [((0, -1), (0, 1))], scale: half)
        case .horizontalLine: return strokes(centre, [((-1, 0), (1, 0))], scale: half)
        }
    }

    /// A `<circle>`.
    private static func circle(_ centre: PlotPixel, radius: Double) -> String {
        "<circle cx=\"" + PlotNumber.attribute(centre.x) + "\" cy=\"" + PlotNumber.attribute(centre.y) + "\" r=\""
            + PlotNumber.attribute(radius) + "\"/>"
    }

    /// A closed polygon of unit vertices (y up, as matplotlib's marker paths) scaled by `scale` pixels.
    private static func polygon(_ centre: PlotPixel, _ vertices: [(Double, Double)], scale: Double) -> String {
        var d = ""
        for (index, vertex) in vertices.enumerated() {
            d += (index == 0 ? "M" : "L") + PlotNumber.attribute(centre.x + vertex.0 * scale) + " "
                + PlotNumber.attribute(centre.y - vertex.1 * scale)
        }
        return "<path d=\"" + d + "Z\"/>"
    }

    /// Open strokes (for `+`, `x`, `|`, `_`), unit coordinates scaled by `scale` pixels.
    private static func strokes(
        _ centre: PlotPixel, _ segments: [((Double, Double), (Double, Double))], scale: Double
    ) -> String {
        var d = ""
        for (from, to) in segments {
            d += "M" + PlotNumber.attribute(centre.x + from.0 * scale) + " " + PlotNumber.attribute(centre.y - from.1 * scale)
                + "L" + PlotNumber.attribute(centre.x + to.0 * scale) + " " + PlotNumber.attribute(centre.y - to.1 * scale)
        }
        return "<path d=\"" + d + "\"/>"
    }

    /// matplotlib's `unit_regular_polygon(n)`: the first vertex straight up, then turned by `rotation` degrees.
    private static func regular(_ sides: Int, rotation: Double) -> [(Double, Double)] {
        (0..<sides).map { index in
            let angle = (90 + rotation + Double(index) * 360 / Double(sides)) * Double.pi / 180
            return (cos(angle), sin(angle))
        }
    }

    /// matplotlib's five-pointed star, its inner points at 0.381966 of its outer radius.
    private static func star() -> [(Double, Double)] {
        (0..<10).map { index in
            let angle = (90 + Double(index) * 36) * Double.pi / 180
            let radius = index % 2 == 0 ? 1 : 0.381966
            return (radius * cos(angle), radius * sin(angle))
        }
    }
}
