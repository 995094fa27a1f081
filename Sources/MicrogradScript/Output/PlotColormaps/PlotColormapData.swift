import Foundation

/// How matplotlib defines a colormap, as generated from matplotlib by `scripts/plot-colormaps.py`.
enum PlotColormapData: Sendable {
    /// A LinearSegmentedColormap: per channel, flat `(x, y0, y1)` triples with `x` increasing from 0 to 1.
    case segmented(red: [Double], green: [Double], blue: [Double])
    /// A ListedColormap: its colours, flat `(r, g, b)` triples.
    case listed([Double])

    /// Every colormap Gradbook knows, by matplotlib's name (without `_r`).
    static let all: [String: PlotColormapData] = {
        var all = diverging.merging(sequential) { first, _ in first }
        all.merge(miscellaneous) { first, _ in first }
        all.merge(qualitative) { first, _ in first }
        let large = ["viridis": viridis, "plasma": plasma, "inferno": inferno, "magma": magma,
                     "cividis": cividis, "turbo": turbo]
        all.merge(large) { first, _ in first }
        return all
    }()

    /// The number of colours of the colormap as matplotlib registers it: 256, or a listed map's own count.
    var naturalCount: Int {
        switch self {
        case .segmented: 256
        case .listed(let channels): channels.count / 3
        }
    }

    /// The first `count` entries of matplotlib's lookup table (`cmap._lut`), computed the way matplotlib computes
    /// them, so that every entry is the same double; `reversed` builds the table of `cmap.reversed()`.
    func lookupTable(count: Int, reversed: Bool) -> [PlotColour] {
        switch self {
        case .segmented(let red, let green, let blue):
            let channels = [red, green, blue].map { segments in
                Self.segmentedChannel(count: count, segments: reversed ? Self.reversedSegments(segments) : segments)
            }
            return (0..<count).map { PlotColour(red: channels[0][$0], green: channels[1][$0], blue: channels[2][$0]) }
        case .listed(let channels):
            var colours = stride(from: 0, to: channels.count - 2, by: 3).map {
                PlotColour(red: channels[$0], green: channels[$0 + 1], blue: channels[$0 + 2])
            }
            if reversed { colours.reverse() }
            guard count != colours.count else { return colours }
            // `ListedColormap.resampled(n)`: the listed colours sampled at `linspace(0, 1, n)`.
            let listed = PlotColormapLookup(table: colours)
            return PlotColormapLookup.linspace(count).map { listed.colour(at: $0) }
        }
    }

    /// `(1 - x, y1, y0)` for each segment, last first: `LinearSegmentedColormap.reversed()`.
    static func reversedSegments(_ segments: [Double]) -> [Double] {
        var reversed: [Double] = []
        reversed.reserveCapacity(segments.count)
        var index = segments.count - 3
        while index >= 0 {
            reversed += [1.0 - segments[index], segments[index + 2], segments[index + 1]]
            index -= 3
        }
        return reversed
    }

    /// matplotlib's `_create_lookup_table(N, data, gamma=1)`, operation for operation.
    static func segmentedChannel(count n: Int, segments: [Double]) -> [Double] {
        let triples = segments.count / 3
        guard triples > 0 else { return Array(repeating: 0, count: max(n, 0)) }
        let y0 = (0..<triples).map { segments[3 * $0 + 1] }
        let y1 = (0..<triples).map { segments[3 * $0 + 2] }
        guard n > 1 else { return [clipped(y0[triples - 1])] }
        let scale = Double(n - 1)
        let x = (0..<triples).map { segments[3 * $0] * scale }
        let xind = PlotColormapLookup.linspace(n).map { scale * $0 }
        var lut = [y1[0]]
        lut.reserveCapacity(n)
        for position in xind[1..<(n - 1)] {
            // np.searchsorted(x, xind), side 'left': the first index whose x is not below the position.
            var index = 0
            while index < triples, x[index] < position { index += 1 }
            let upper = min(max(index, 1), triples - 1)
            let distance = (position - x[upper - 1]) / (x[upper] - x[upper - 1])
            lut.append(distance * (y0[upper] - y1[upper - 1]) + y1[upper - 1])
        }
        lut.append(y0[triples - 1])
        return lut.map(clipped)
    }

    /// `np.clip(value, 0, 1)`.
    private static func clipped(_ value: Double) -> Double {
        min(max(value, 0), 1)
    }
}
