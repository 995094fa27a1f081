/// A scatter series as circles, one group per colour, small enough to embed whatever the point count.
///
/// Points that cannot be drawn (NaN, ±∞) are skipped. Points of one colour that land on the same half-pixel are
/// drawn once: the picture cannot tell them apart. If more than `limit` remain, evenly spaced points are kept, and
/// the caller says so in the SVG's description. Markers shrink as they get more numerous so clouds stay legible.
struct PlotScatterMarkers {
    /// The most markers one plot draws across all its scatter series.
    static let maximumMarkers = 5000

    /// One marker to draw: where, and which colour group (a class rank, or 0 for an unclassed series).
    struct Marker {
        /// Its centre.
        var centre: PlotPixel
        /// Its colour group.
        var group: Int
    }

    /// The markers kept, in the series' order.
    let markers: [Marker]
    /// How many drawable points the series had before duplicates were merged and the cap applied.
    let drawableCount: Int

    /// The markers for `points` (nil: not drawable) in colour `groups` (nil: all group 0), at most `limit` of them.
    init(points: [PlotPixel?], groups: [Int]?, limit: Int) {
        struct Cell: Hashable {
            let column: Int
            let row: Int
            let group: Int
        }
        var seen = Set<Cell>()
        var kept: [Marker] = []
        var drawable = 0
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            drawable += 1
            let group = groups?[index] ?? 0
            let cell = Cell(column: Int((point.x * 2).rounded()), row: Int((point.y * 2).rounded()), group: group)
            if seen.insert(cell).inserted { kept.append(Marker(centre: point, group: group)) }
        }
        if kept.count > limit {
            kept = PlotBoundaryGrid.evenlySpacedIndices(count: kept.count, keeping: max(limit, 1)).map { kept[$0] }
        }
        markers = kept
        drawableCount = drawable
    }

    /// The marker radius: generous for a few dozen points, finer for clouds of thousands.
    var radius: Double {
        switch markers.count {
        case ...300: 4
        case ...1500: 3
        default: 2
        }
    }

    /// The colour groups present, increasing.
    var groups: [Int] {
        Array(Set(markers.map(\.group))).sorted()
    }

    /// `<circle>` elements of colour group `group`, in series order.
    func circles(inGroup group: Int) -> String {
        let r = PlotNumber.attribute(radius)
        var out = ""
        for marker in markers where marker.group == group {
            out += "<circle cx=\"" + PlotNumber.attribute(marker.centre.x) + "\" cy=\""
                + PlotNumber.attribute(marker.centre.y) + "\" r=\"" + r + "\"/>"
        }
        return out
    }
}
