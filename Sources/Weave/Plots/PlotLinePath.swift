/// A line series as SVG path data, simplified when it has more points than pixels to show them.
///
/// A point that cannot be drawn (NaN, ±∞) breaks the line, as in matplotlib; each unbroken run of two or more
/// points becomes a subpath. A lone point (a one-point series, or a point between two gaps) has no segment to
/// draw, so it is returned apart, for the caller to mark with a dot.
///
/// Size: runs whose x never decreases (loss curves, functions) keep, per pixel column, the first, lowest, highest
/// and last point: the drawing is the same to the pixel, with at most four points per column. Other runs drop points
/// closer than half a pixel to the last one kept. If more than `maximumPoints` remain, evenly spaced points are
/// kept (always each run's ends). Small series are drawn as they are.
enum PlotLinePath {
    /// The most points a line keeps after simplification.
    static let maximumPoints = 4000
    /// Series up to this size are never simplified.
    static let simplificationThreshold = 1000

    /// The `d` attribute for the runs of two or more points in `points`, where nil marks a point that breaks the
    /// line; empty if there are none.
    static func pathData(_ points: [PlotPixel?]) -> String {
        var runs = unbrokenRuns(points).filter { $0.count > 1 }
        let total = runs.reduce(0) { $0 + $1.count }
        if total > simplificationThreshold {
            runs = runs.map { isMonotoneInX($0) ? keepingColumnExtremes($0) : droppingNearNeighbours($0) }
        }
        let simplified = runs.reduce(0) { $0 + $1.count }
        if simplified > maximumPoints {
            runs = runs.map { evenlySampled($0, keeping: max(2, $0.count * maximumPoints / simplified)) }
        }
        return runs.map(subpath).joined()
    }

    /// The runs of consecutive drawable points.
    static func unbrokenRuns(_ points: [PlotPixel?]) -> [[PlotPixel]] {
        var runs: [[PlotPixel]] = []
        var current: [PlotPixel] = []
        for point in points {
            if let point {
                current.append(point)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The points that have no drawable neighbour on either side.
    static func lonePoints(_ points: [PlotPixel?]) -> [PlotPixel] {
        unbrokenRuns(points).compactMap { $0.count == 1 ? $0[0] : nil }
    }

    /// `M x yL x y x y…` for a run of two or more points.
    static func subpath(_ run: [PlotPixel]) -> String {
        guard let first = run.first, run.count > 1 else { return "" }
        var d = "M" + PlotNumber.attribute(first.x) + " " + PlotNumber.attribute(first.y) + "L"
        for (index, point) in run.dropFirst().enumerated() {
            if index > 0 { d += " " }
            d += PlotNumber.attribute(point.x) + " " + PlotNumber.attribute(point.y)
        }
        return d
    }

    /// Whether x never decreases along the run.
    static func isMonotoneInX(_ run: [PlotPixel]) -> Bool {
        zip(run, run.dropFirst()).allSatisfy { $0.x <= $1.x }
    }

    /// Per pixel column: the first, lowest, highest and last point, in their original order (the M4 method).
    static func keepingColumnExtremes(_ run: [PlotPixel]) -> [PlotPixel] {
        var kept: [PlotPixel] = []
        var start = 0
        while start < run.count {
            let column = run[start].x.rounded(.down)
            var end = start
            var lowest = start
            var highest = start
            while end + 1 < run.count, run[end + 1].x.rounded(.down) == column {
                end += 1
                if run[end].y < run[lowest].y { lowest = end }
                if run[end].y > run[highest].y { highest = end }
            }
            var previous = -1
            for index in [start, lowest, highest, end].sorted() where index != previous {
                kept.append(run[index])
                previous = index
            }
            start = end + 1
        }
        return kept
    }

    /// Points at least half a pixel from the previously kept one; the last point always stays.
    static func droppingNearNeighbours(_ run: [PlotPixel]) -> [PlotPixel] {
        guard var last = run.first else { return [] }
        var kept = [last]
        for point in run.dropFirst() {
            let dx = point.x - last.x
            let dy = point.y - last.y
            if dx * dx + dy * dy >= 0.25 {
                kept.append(point)
                last = point
            }
        }
        if let final = run.last, kept.last != final { kept.append(final) }
        return kept
    }

    /// `count` points spread evenly from the first to the last.
    static func evenlySampled(_ run: [PlotPixel], keeping count: Int) -> [PlotPixel] {
        PlotContourGrid.evenlySpaced(count: run.count, keeping: count).map { run[$0] }
    }
}
