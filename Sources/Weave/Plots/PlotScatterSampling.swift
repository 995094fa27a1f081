/// The markers worth drawing, so that an SVG stays small whatever the point count.
///
/// Points that cannot be drawn (NaN, ±∞) are skipped. Points that land on the same half-pixel with the same look
/// (colour and size, summed up by `keys`) are drawn once: the picture cannot tell them apart. If more than `limit`
/// remain, evenly spaced ones are kept, and the SVG's description says so.
struct PlotScatterSampling {
    /// The most markers one artist draws.
    static let maximumMarkers = 5000

    /// A marker to draw: which point it is, and where.
    struct Marker {
        let index: Int
        let centre: PlotPixel
    }

    /// The markers kept, in the points' order.
    let kept: [Marker]
    /// How many points could be drawn before merging and sampling.
    let drawableCount: Int

    /// The markers of `points` (nil: not drawable), whose look is `keys[i]` (all alike when nil).
    init(points: [PlotPixel?], keys: [Int]?, limit: Int) {
        struct Spot: Hashable {
            let column: Int
            let row: Int
            let key: Int
        }
        var seen = Set<Spot>()
        var kept: [Marker] = []
        var drawable = 0
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            drawable += 1
            let key = keys.map { index < $0.count ? $0[index] : 0 } ?? 0
            let spot = Spot(column: Int((point.x * 2).rounded()), row: Int((point.y * 2).rounded()), key: key)
            if seen.insert(spot).inserted { kept.append(Marker(index: index, centre: point)) }
        }
        if kept.count > limit {
            kept = PlotContourGrid.evenlySpaced(count: kept.count, keeping: max(limit, 1)).map { kept[$0] }
        }
        self.kept = kept
        drawableCount = drawable
    }
}
